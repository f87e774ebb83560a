package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import mx.gob.inm.citas.application.contract.AppointmentRepositoryContract;
import mx.gob.inm.citas.application.contract.AuditLogContract;
import mx.gob.inm.citas.application.contract.CapacitySnapshotsContract;
import mx.gob.inm.citas.application.contract.CapacityStatisticsContract;
import mx.gob.inm.citas.application.contract.JobLeasesContract;
import mx.gob.inm.citas.application.contract.OfficeFloorRepositoryContract;
import mx.gob.inm.citas.application.contract.VisitRepositoryContract;
import mx.gob.inm.citas.application.contract.FloorStatisticsContract;
import mx.gob.inm.citas.application.contract.WalkInTallyContract;
import mx.gob.inm.citas.application.contract.WindowSessionsContract;
import mx.gob.inm.citas.application.contract.ClosureRepositoryContract;
import mx.gob.inm.citas.application.contract.OfficeRepositoryContract;
import mx.gob.inm.citas.application.contract.OutboxContract;
import mx.gob.inm.citas.application.contract.ProcedureRepositoryContract;
import mx.gob.inm.citas.application.contract.ScheduleRepositoryContract;
import mx.gob.inm.citas.application.contract.SlotLedgerContract;
import mx.gob.inm.citas.application.contract.SpentChallengesContract;
import mx.gob.inm.citas.application.port.out.SpentChallenges;
import mx.gob.inm.citas.application.contract.StaffRepositoryContract;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.Nested;

/** The fakes keep the same contracts as the real adapters, so tests of the services can trust them. */
class InMemoryRepositoriesTest {

    @Nested
    class Offices extends OfficeRepositoryContract {
        private final OfficeRepository repository = new InMemoryOfficeRepository();

        @Override
        protected OfficeRepository repository() {
            return repository;
        }
    }

    @Nested
    class Procedures extends ProcedureRepositoryContract {
        private final ProcedureRepository repository = new InMemoryProcedureRepository();

        @Override
        protected ProcedureRepository repository() {
            return repository;
        }
    }

    @Nested
    class Schedules extends ScheduleRepositoryContract {
        private final ScheduleRepository repository = new InMemoryScheduleRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();
        private final ProcedureRepository procedures = new InMemoryProcedureRepository();

        @Override
        protected ProcedureRepository procedures() {
            return procedures;
        }

        @Override
        protected ScheduleRepository repository() {
            return repository;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }

    @Nested
    class Closures extends ClosureRepositoryContract {
        private final ClosureRepository repository = new InMemoryClosureRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected ClosureRepository repository() {
            return repository;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }

    @Nested
    class Appointments extends AppointmentRepositoryContract {
        private final AppointmentRepository repository = new InMemoryAppointmentRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();
        private final ProcedureRepository procedures = new InMemoryProcedureRepository();

        @Override
        protected AppointmentRepository repository() {
            return repository;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }

        @Override
        protected ProcedureRepository procedures() {
            return procedures;
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        private final Outbox outbox = new InMemoryOutbox();
        private final AppointmentRepository appointments = new InMemoryAppointmentRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();
        private final ProcedureRepository procedures = new InMemoryProcedureRepository();

        @Override
        protected Outbox outbox() {
            return outbox;
        }

        @Override
        protected AppointmentRepository appointments() {
            return appointments;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }

        @Override
        protected ProcedureRepository procedures() {
            return procedures;
        }
    }

    @Nested
    class Ledger extends SlotLedgerContract {
        private final InMemorySlotLedger ledger = new InMemorySlotLedger();
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected SlotLedger ledger() {
            return ledger;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }

        @Override
        protected void givenTaken(OfficeId office, Instant slotStart, int places) {
            ledger.give(office, slotStart, places);
        }
    }

    @Nested
    class Staff extends StaffRepositoryContract {
        private final StaffRepository repository = new InMemoryStaffRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected StaffRepository repository() {
            return repository;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        private final AuditLog log = new InMemoryAuditLog();

        @Override
        protected AuditLog log() {
            return log;
        }
    }

    @Nested
    class SpentChallengesOfTheFake extends SpentChallengesContract {

        private final InMemorySpentChallenges spent = new InMemorySpentChallenges();

        @Override
        protected SpentChallenges spent() {
            return spent;
        }
    }

    @Nested
    class Leases extends JobLeasesContract {
        private final JobLeases leases = new InMemoryJobLeases();

        @Override
        protected JobLeases leases() {
            return leases;
        }
    }

    @Nested
    class Statistics extends CapacityStatisticsContract {
        private final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository(CLOCK);
        private final CapacityStatistics statistics = new InMemoryCapacityStatistics(appointments);
        private final OfficeRepository offices = new InMemoryOfficeRepository();
        private final ProcedureRepository procedures = new InMemoryProcedureRepository();

        @Override
        protected CapacityStatistics statistics() {
            return statistics;
        }

        @Override
        protected AppointmentRepository appointments() {
            return appointments;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }

        @Override
        protected ProcedureRepository procedures() {
            return procedures;
        }
    }

    @Nested
    class Snapshots extends CapacitySnapshotsContract {
        private final InMemoryCapacitySnapshots snapshots = new InMemoryCapacitySnapshots();
        private final OfficeRepository offices = new InMemoryOfficeRepository();
        private final ProcedureRepository procedures = new InMemoryProcedureRepository();

        @Override
        protected CapacitySnapshots snapshots() {
            return snapshots;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }

        @Override
        protected ProcedureRepository procedures() {
            return procedures;
        }
    }

    @Nested
    class Floors extends OfficeFloorRepositoryContract {
        private final OfficeFloorRepository repository = new InMemoryOfficeFloorRepository();
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected OfficeFloorRepository repository() {
            return repository;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }

    @Nested
    class Visits extends VisitRepositoryContract {
        private final VisitRepository repository = new InMemoryVisitRepository();

        @Override
        protected VisitRepository repository() {
            return repository;
        }
    }

    @Nested
    class FloorFigures extends FloorStatisticsContract {
        private final InMemoryVisitRepository visits = new InMemoryVisitRepository();
        private final InMemoryWalkInTally tally = new InMemoryWalkInTally();
        private final InMemoryOfficeFloorRepository floors = new InMemoryOfficeFloorRepository();
        private final FloorStatistics statistics = new InMemoryFloorStatistics(visits, tally, floors);
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected FloorStatistics statistics() {
            return statistics;
        }

        @Override
        protected VisitRepository visits() {
            return visits;
        }

        @Override
        protected WalkInTally tally() {
            return tally;
        }

        @Override
        protected OfficeFloorRepository floors() {
            return floors;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }

    @Nested
    class Tally extends WalkInTallyContract {
        private final WalkInTally tally = new InMemoryWalkInTally();

        @Override
        protected WalkInTally tally() {
            return tally;
        }
    }

    @Nested
    class Windows extends WindowSessionsContract {
        private final InMemoryOfficeFloorRepository floors = new InMemoryOfficeFloorRepository();
        private final WindowSessions sessions = new InMemoryWindowSessions(floors);
        private final OfficeRepository offices = new InMemoryOfficeRepository();

        @Override
        protected WindowSessions sessions() {
            return sessions;
        }

        @Override
        protected OfficeFloorRepository floors() {
            return floors;
        }

        @Override
        protected OfficeRepository offices() {
            return offices;
        }
    }
}
