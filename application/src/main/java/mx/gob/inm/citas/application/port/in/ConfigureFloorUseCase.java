package mx.gob.inm.citas.application.port.in;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: how an office runs its floor, set in the console beside its weekly schedule: the pools of walk-in tokens
 * and their daily quotas (with days of their own), the windows and what each serves, the turn appointments and
 * walk-ins take, and whether unused online places become tokens. Each change names the version it was read at;
 * a change saved meanwhile by someone else is refused with "reload and redo", and every change is audited.
 */
public interface ConfigureFloorUseCase {

    /** The office's floor (as {@link OfficeFloor#create} when never set up), once {@code member} may read it. */
    OfficeFloor floor(StaffMember member, String officeId);

    OfficeFloor offerWalkIns(StaffMember member, String officeId, List<WalkInPool> pools, long version);

    OfficeFloor arrangeWindows(StaffMember member, String officeId, List<ServiceWindow> windows, long version);

    OfficeFloor takeTurns(StaffMember member, String officeId, QueueRatio ratio, Optional<Duration> conversionLead,
            long version);

    /** {@code day} has {@code tokens} of the pool {@code letter}; empty gives it the pool's daily number again. */
    OfficeFloor setDayTokens(StaffMember member, String officeId, LocalDate day, char letter,
            Optional<Integer> tokens, long version);
}
