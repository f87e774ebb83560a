package mx.gob.inm.citas.application.fakes;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Fake of {@link CapacityStatistics}: counts the appointments an {@link InMemoryAppointmentRepository} holds, and reads
 * its log of late changes.
 */
public class InMemoryCapacityStatistics implements CapacityStatistics {

    private static final Comparator<StatusCount> SLOT_PROCEDURE_STATUS_CANCELLER = Comparator
            .comparing(StatusCount::slotStart).thenComparing(c -> c.procedure().value())
            .thenComparing(StatusCount::status)
            .thenComparing(c -> c.cancelledBy().map(Enum::ordinal).orElse(-1));

    private static final Comparator<SlotStatusCount> SLOT_PROCEDURE_STATUS = Comparator
            .comparing(SlotStatusCount::slotStart).thenComparing(c -> c.procedure().value())
            .thenComparing(SlotStatusCount::status);

    private final InMemoryAppointmentRepository appointments;

    public InMemoryCapacityStatistics(InMemoryAppointmentRepository appointments) {
        this.appointments = appointments;
    }

    private record CancellerGroup(Instant slotStart, ProcedureCode procedure, AppointmentStatus status,
            Optional<Cancellation.By> cancelledBy) {
    }

    private record SlotGroup(Instant slotStart, ProcedureCode procedure, AppointmentStatus status) {
    }

    @Override
    public List<StatusCount> countBySlotAndCanceller(OfficeId office, Instant from, Instant to) {
        return startingIn(office, from, to)
                .collect(groupingBy(a -> new CancellerGroup(a.start(), a.procedure(), a.status(),
                        a.cancellation().map(Cancellation::by)), counting()))
                .entrySet().stream()
                .map(e -> new StatusCount(e.getKey().slotStart(), e.getKey().procedure(), e.getKey().status(),
                        e.getKey().cancelledBy(), e.getValue()))
                .sorted(SLOT_PROCEDURE_STATUS_CANCELLER).toList();
    }

    @Override
    public Set<OfficeSlot> lateChangesSince(Instant since) {
        return appointments.lateChanges().stream().filter(c -> !c.at().isBefore(since))
                .map(c -> new OfficeSlot(c.office(), c.slotStart())).collect(Collectors.toSet());
    }

    @Override
    public List<SlotStatusCount> countBySlot(OfficeId office, Instant from, Instant to) {
        return startingIn(office, from, to)
                .collect(groupingBy(a -> new SlotGroup(a.start(), a.procedure(), a.status()), counting()))
                .entrySet().stream()
                .map(e -> new SlotStatusCount(e.getKey().slotStart(), e.getKey().procedure(), e.getKey().status(),
                        e.getValue()))
                .sorted(SLOT_PROCEDURE_STATUS).toList();
    }

    @Override
    public Map<ProcedureCode, Long> bookingsMade(OfficeId office, Instant from, Instant to) {
        return perProcedure(of(office).filter(a -> a.status() != AppointmentStatus.EXPIRED
                && within(a.createdAt(), from, to)));
    }

    @Override
    public Map<ProcedureCode, Long> cancellationsMade(OfficeId office, Instant from, Instant to) {
        return perProcedure(of(office).filter(a -> a.cancellation().flatMap(Cancellation::at)
                .filter(at -> within(at, from, to)).isPresent()));
    }

    private Stream<Appointment> of(OfficeId office) {
        return appointments.all().stream().filter(a -> a.office().equals(office));
    }

    private Stream<Appointment> startingIn(OfficeId office, Instant from, Instant to) {
        return of(office).filter(a -> within(a.start(), from, to));
    }

    private static boolean within(Instant moment, Instant from, Instant to) {
        return !moment.isBefore(from) && moment.isBefore(to);
    }

    private static Map<ProcedureCode, Long> perProcedure(Stream<Appointment> counted) {
        return counted.collect(groupingBy(Appointment::procedure, counting()));
    }
}
