package mx.gob.inm.citas.adapters.web.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;

/**
 * Fake of the in-port {@link FollowQueueUseCase}: the boards and numbers of a few offices as a test sets them, each
 * change moving the office's log on as a step on the floor would, and how often each was read.
 */
public final class FakeFollowQueue implements FollowQueueUseCase {

    private static final class Floor {
        final Office office;
        final List<CallBoard.Call> calls = new ArrayList<>();
        final Map<DisplayNumber, QueueStatus> numbers = new HashMap<>();
        int waiting;
        long position;

        Floor(Office office) {
            this.office = office;
        }
    }

    private final Map<String, Floor> floors = new HashMap<>();
    public final AtomicInteger boardReads = new AtomicInteger();
    public final AtomicInteger positionReads = new AtomicInteger();
    private volatile RuntimeException failure;

    public synchronized FakeFollowQueue with(Office office) {
        floors.put(office.id().value(), new Floor(office));
        return this;
    }

    /** {@code number} is called (or recalled) to {@code window} at {@code at}: the latest call. */
    public synchronized void call(Office office, String number, int window, Instant at, boolean recall) {
        Floor floor = floor(office.id().value());
        floor.calls.add(0, new CallBoard.Call(new DisplayNumber(number), window, at, recall));
        floor.position++;
    }

    public synchronized void waiting(Office office, int waiting) {
        Floor floor = floor(office.id().value());
        floor.waiting = waiting;
        floor.position++;
    }

    /** Where {@code number} stands, as the status asks. */
    public synchronized void number(Office office, String number, Procedure procedure, VisitStatus status, int ahead,
            Optional<Integer> window, Instant queuedAt) {
        DisplayNumber displayed = new DisplayNumber(number);
        floor(office.id().value()).numbers.put(displayed,
                new QueueStatus(office, displayed, procedure, status, ahead, window, queuedAt));
    }

    /** The office is taken out of service: it is unknown from now on. */
    public synchronized void close(Office office) {
        floors.remove(office.id().value());
    }

    /** Every read fails with {@code failure} (null: they work again), as when the store is down. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized CallBoard board(String officeId, int calls) {
        failIfSet();
        boardReads.incrementAndGet();
        Floor floor = floor(officeId);
        return new CallBoard(floor.office, floor.calls.subList(0, Math.min(calls, floor.calls.size())),
                floor.waiting, floor.position);
    }

    @Override
    public synchronized long boardPosition(String officeId) {
        failIfSet();
        positionReads.incrementAndGet();
        return floor(officeId).position;
    }

    @Override
    public synchronized QueueStatus status(String officeId, String number) {
        failIfSet();
        Floor floor = floor(officeId);
        DisplayNumber typed = DisplayNumber.typed(number);
        QueueStatus status = floor.numbers.get(typed);
        if (status == null) {
            throw new FloorRefusedException("visit.notFound", "No visit " + number + " today", number);
        }
        return status;
    }

    private Floor floor(String officeId) {
        Floor floor = floors.get(officeId);
        if (floor == null) {
            throw new OfficeNotFoundException(officeId);
        }
        return floor;
    }

    private void failIfSet() {
        RuntimeException set = failure;
        if (set != null) {
            throw set;
        }
    }
}
