package mx.gob.inm.citas.application.contract;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.ATTENDED;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.CANCELLED;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.CHECKED_IN;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.CONFIRMED;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.EXPIRED;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.NO_SHOW;
import static mx.gob.inm.citas.domain.appointment.AppointmentStatus.PENDING_VERIFICATION;
import static mx.gob.inm.citas.domain.appointment.Cancellation.By.APPLICANT;
import static mx.gob.inm.citas.domain.appointment.Cancellation.By.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.OfficeSlot;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.SlotStatusCount;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.StatusCount;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CapacityStatistics} must have; run against the fake and the real adapter.
 *
 * <p>The appointments every test starts from (times UTC; Mexico City is UTC-6, so its Monday 30 November 09:00 is
 * 15:00Z). Slots: S0 = 14:30Z, S1 = 15:00Z, S2 = 15:30Z, S3 = 16:00Z on Monday 30 November; T = Tuesday 1 December
 * 15:00Z. Friday is Mexico City's Friday 27 November, [27T06:00Z, 28T06:00Z); Saturday is [28T06:00Z, 29T06:00Z).
 * <pre>
 *  #  office   procedure status                 slot created   cancelled
 *  1  cdmx     CANJE     CONFIRMED              S1   27T06:00  (Friday's first instant)
 *  2  cdmx     CANJE     CONFIRMED              S1   28T06:00  (Friday's end: Saturday's)
 *  3  cdmx     CANJE     ATTENDED               S1   27T15:00
 *  4  cdmx     CANJE     NO_SHOW                S2   26T20:00
 *  5  cdmx     RENOV     CHECKED_IN             S2   27T16:00
 *  6  cdmx     RENOV     PENDING_VERIFICATION   S2   27T17:00
 *  7  cdmx     CANJE     EXPIRED                S1   27T15:30
 *  8  cdmx     CANJE     CANCELLED by applicant S2   27T07:00  28T06:00 (Saturday's first instant)
 *  9  cdmx     RENOV     CANCELLED by office    S1   27T19:00  28T17:00
 * 10  cdmx     CANJE     CANCELLED by applicant S2   20T15:00  unknown (cancelled before V14)
 * 11  cdmx     CANJE     CONFIRMED              S3   27T20:00
 * 12  cdmx     RENOV     CONFIRMED              S0   25T15:00
 * 13  cdmx     CANJE     CANCELLED by office    S3   27T21:00  29T06:00 (Saturday's end)
 * 14  tijuana  CANJE     CONFIRMED              S1   27T15:00
 * 15  tijuana  CANJE     CANCELLED by applicant S1   27T15:00  28T12:00
 * 16  cdmx     CANJE     CANCELLED by applicant T    26T15:00  28T20:00
 * 17  cdmx     CANJE     CANCELLED by office    S1   27T08:00  28T09:00
 * </pre>
 */
public abstract class CapacityStatisticsContract extends RepositoryContract {

    protected static final OfficeId CDMX = DomainFixtures.cdmx().id();
    protected static final OfficeId TIJUANA = DomainFixtures.tijuana().id();

    protected static final Instant S0 = november("30T14:30");
    protected static final Instant S1 = november("30T15:00");
    protected static final Instant S2 = november("30T15:30");
    protected static final Instant S3 = november("30T16:00");
    private static final Instant T = Instant.parse("2026-12-01T15:00:00Z");
    /** The appointment repository's clock: an hour after T, a day and more after S0-S3. */
    protected static final Clock CLOCK = Clock.fixed(T.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private static final Instant FRIDAY = november("27T06:00");
    private static final Instant SATURDAY = november("28T06:00");
    private static final Instant SUNDAY = november("29T06:00");

    protected abstract CapacityStatistics statistics();

    protected abstract AppointmentRepository appointments();

    protected abstract OfficeRepository offices();

    protected abstract ProcedureRepository procedures();

    private final List<ConfirmationCode> codes = codes(17);

    @BeforeEach
    void the_offices_have_appointments_in_every_status() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
            procedures().save(DomainFixtures.exchangeOfVisa());
            procedures().save(DomainFixtures.renewal());
        });
        List<Appointment> all = List.of(
                at(1, CDMX, CANJE_RT, CONFIRMED, S1, "27T06:00", null),
                at(2, CDMX, CANJE_RT, CONFIRMED, S1, "28T06:00", null),
                at(3, CDMX, CANJE_RT, ATTENDED, S1, "27T15:00", null),
                at(4, CDMX, CANJE_RT, NO_SHOW, S2, "26T20:00", null),
                at(5, CDMX, RENOV_RT, CHECKED_IN, S2, "27T16:00", null),
                at(6, CDMX, RENOV_RT, PENDING_VERIFICATION, S2, "27T17:00", null),
                at(7, CDMX, CANJE_RT, EXPIRED, S1, "27T15:30", null),
                at(8, CDMX, CANJE_RT, CANCELLED, S2, "27T07:00", cancelled(APPLICANT, "28T06:00")),
                at(9, CDMX, RENOV_RT, CANCELLED, S1, "27T19:00", cancelled(OFFICE, "28T17:00")),
                at(10, CDMX, CANJE_RT, CANCELLED, S2, "20T15:00", new Cancellation(APPLICANT, Optional.empty())),
                at(11, CDMX, CANJE_RT, CONFIRMED, S3, "27T20:00", null),
                at(12, CDMX, RENOV_RT, CONFIRMED, S0, "25T15:00", null),
                at(13, CDMX, CANJE_RT, CANCELLED, S3, "27T21:00", cancelled(OFFICE, "29T06:00")),
                at(14, TIJUANA, CANJE_RT, CONFIRMED, S1, "27T15:00", null),
                at(15, TIJUANA, CANJE_RT, CANCELLED, S1, "27T15:00", cancelled(APPLICANT, "28T12:00")),
                at(16, CDMX, CANJE_RT, CANCELLED, T, "26T15:00", cancelled(APPLICANT, "28T20:00")),
                at(17, CDMX, CANJE_RT, CANCELLED, S1, "27T08:00", cancelled(OFFICE, "28T09:00")));
        inTransaction(() -> all.forEach(appointments()::add));
    }

    @Test
    void the_slots_from_the_first_start_up_to_the_last_one_exclusive_are_counted_per_slot_procedure_status_and_canceller() {
        // S1 and S2 of Mexico City: #1-#10 and #17; S0 (#12) is before, S3 (#11, #13) is the end; #14, #15 Tijuana's
        assertThat(inTransaction(() -> statistics().countBySlotAndCanceller(CDMX, S1, S3))).containsExactly(
                status(S1, CANJE_RT, CONFIRMED, 2),                 // #1, #2
                status(S1, CANJE_RT, ATTENDED, 1),                  // #3
                status(S1, CANJE_RT, EXPIRED, 1),                   // #7: an expired hold is an appointment of its slot
                cancelledBy(S1, CANJE_RT, OFFICE, 1),               // #17
                cancelledBy(S1, RENOV_RT, OFFICE, 1),               // #9
                status(S2, CANJE_RT, NO_SHOW, 1),                   // #4
                cancelledBy(S2, CANJE_RT, APPLICANT, 2),            // #8, and #10 although when is unknown
                status(S2, RENOV_RT, PENDING_VERIFICATION, 1),      // #6
                status(S2, RENOV_RT, CHECKED_IN, 1));               // #5
    }

    @Test
    void a_range_starting_on_a_slot_counts_it_and_one_ending_on_a_slot_does_not() {
        assertThat(inTransaction(() -> statistics().countBySlotAndCanceller(CDMX, S3,
                S3.plus(Duration.ofMinutes(30)))))
                .containsExactly(status(S3, CANJE_RT, CONFIRMED, 1), cancelledBy(S3, CANJE_RT, OFFICE, 1)); // #11, #13
        assertThat(inTransaction(() -> statistics().countBySlot(CDMX, S0, S1)))
                .containsExactly(new SlotStatusCount(S0, RENOV_RT, CONFIRMED, 1)); // #12 only: S1 is the end
        assertThat(inTransaction(() -> statistics().countBySlot(CDMX, S1, S1))).isEmpty();
    }

    @Test
    void each_slot_is_counted_per_procedure_and_status_in_order_of_start() {
        assertThat(inTransaction(() -> statistics().countBySlot(CDMX, S1, S3))).containsExactly(
                new SlotStatusCount(S1, CANJE_RT, CONFIRMED, 2),  // #1, #2
                new SlotStatusCount(S1, CANJE_RT, ATTENDED, 1),   // #3
                new SlotStatusCount(S1, CANJE_RT, EXPIRED, 1),    // #7
                new SlotStatusCount(S1, CANJE_RT, CANCELLED, 1),  // #17
                new SlotStatusCount(S1, RENOV_RT, CANCELLED, 1),  // #9
                new SlotStatusCount(S2, CANJE_RT, NO_SHOW, 1),    // #4
                new SlotStatusCount(S2, CANJE_RT, CANCELLED, 2),  // #8, #10: who cancelled is not a slot's figure
                new SlotStatusCount(S2, RENOV_RT, PENDING_VERIFICATION, 1), // #6
                new SlotStatusCount(S2, RENOV_RT, CHECKED_IN, 1)); // #5
    }

    @Test
    void bookings_are_counted_by_when_they_were_made_whatever_their_slot_except_holds_that_expired() {
        // Friday's: #1 (its first instant), #3, #8 and #17 (cancelled since), #11 and #13 (slot S3: any slot counts);
        // not #2 (Friday's end), #4, #10, #12, #16 (other days) nor #7 (expired)
        assertThat(inTransaction(() -> statistics().bookingsMade(CDMX, FRIDAY, SATURDAY)))
                .isEqualTo(Map.of(CANJE_RT, 6L, RENOV_RT, 3L)); // renewals: #5, #6 (still a hold), #9
        assertThat(inTransaction(() -> statistics().bookingsMade(TIJUANA, FRIDAY, SATURDAY)))
                .isEqualTo(Map.of(CANJE_RT, 2L)); // #14, #15
        assertThat(inTransaction(() -> statistics().bookingsMade(CDMX, FRIDAY.minus(Duration.ofDays(30)),
                FRIDAY.minus(Duration.ofDays(8))))).isEmpty();
    }

    @Test
    void cancellations_are_counted_by_when_they_were_made_whatever_their_slot_by_applicant_and_office_alike() {
        // Saturday's: #8 (its first instant), #16 (a Tuesday slot), #17 (by the office); #9 (a renewal, by the
        // office); not #13 (Saturday's end), #10 (moment unknown) nor #15 (Tijuana's)
        assertThat(inTransaction(() -> statistics().cancellationsMade(CDMX, SATURDAY, SUNDAY)))
                .isEqualTo(Map.of(CANJE_RT, 3L, RENOV_RT, 1L));
        assertThat(inTransaction(() -> statistics().cancellationsMade(CDMX, SUNDAY, SUNDAY.plus(Duration.ofDays(1)))))
                .isEqualTo(Map.of(CANJE_RT, 1L)); // #13
        assertThat(inTransaction(() -> statistics().cancellationsMade(TIJUANA, FRIDAY, SUNDAY)))
                .isEqualTo(Map.of(CANJE_RT, 1L)); // #15
    }

    @Test
    void another_office_counts_only_its_own_and_an_office_without_appointments_counts_nothing() {
        assertThat(inTransaction(() -> statistics().countBySlotAndCanceller(TIJUANA, S1, S3)))
                .containsExactly(status(S1, CANJE_RT, CONFIRMED, 1), cancelledBy(S1, CANJE_RT, APPLICANT, 1)); // #14, #15
        OfficeId cancun = DomainFixtures.cancun().id();
        assertThat(inTransaction(() -> statistics().countBySlotAndCanceller(cancun, S0, T))).isEmpty();
        assertThat(inTransaction(() -> statistics().countBySlot(cancun, S0, T))).isEmpty();
        assertThat(inTransaction(() -> statistics().bookingsMade(cancun, FRIDAY, SUNDAY))).isEmpty();
        assertThat(inTransaction(() -> statistics().cancellationsMade(cancun, FRIDAY, SUNDAY))).isEmpty();
    }

    @Test
    void the_counts_add_up_to_the_appointments_stored() {
        // every one of #1-#17 but Tijuana's two, over a range holding all their slots
        List<StatusCount> all = inTransaction(() -> statistics().countBySlotAndCanceller(CDMX, S0,
                T.plusSeconds(1)));
        List<SlotStatusCount> slots = inTransaction(() -> statistics().countBySlot(CDMX, S0, T.plusSeconds(1)));

        assertThat(all.stream().mapToLong(StatusCount::count).sum()).isEqualTo(15);
        assertThat(slots.stream().mapToLong(SlotStatusCount::count).sum()).isEqualTo(15);
        assertThat(slots.stream().map(SlotStatusCount::slotStart).collect(Collectors.toSet()))
                .isEqualTo(Set.of(S0, S1, S2, S3, T));
    }

    private static StatusCount status(Instant slot, ProcedureCode procedure, AppointmentStatus status, long count) {
        return new StatusCount(slot, procedure, status, Optional.empty(), count);
    }

    private static StatusCount cancelledBy(Instant slot, ProcedureCode procedure, Cancellation.By by, long count) {
        return new StatusCount(slot, procedure, CANCELLED, Optional.of(by), count);
    }

    private static Cancellation cancelled(Cancellation.By by, String at) {
        return Cancellation.by(by, november(at));
    }

    /** An instant of November 2026 written as in the table above ("27T06:00"). */
    private static Instant november(String dayAndTime) {
        return Instant.parse("2026-11-" + dayAndTime + ":00Z");
    }

    /** Appointment #{@code n} of the table above, as stored (each for a passport of its own). */
    private Appointment at(int n, OfficeId office, ProcedureCode procedure, AppointmentStatus status, Instant slot,
            String created, Cancellation cancellation) {
        Instant createdAt = november(created);
        return Appointment.reconstitute(codes.get(n - 1), office, procedure,
                DomainFixtures.applicant("G" + (3_000_000 + n)), slot, Duration.ofMinutes(30), status, "123456",
                createdAt.plus(Duration.ofMinutes(15)), 0, 0, cancellation == null ? 0 : 1, createdAt, false,
                cancellation);
    }

    private static List<ConfirmationCode> codes(int count) {
        Random random = new Random(14);
        List<ConfirmationCode> codes = new ArrayList<>();
        Stream.generate(() -> ConfirmationCode.random(random)).distinct().limit(count).forEach(codes::add);
        return codes;
    }

    @Test
    void a_change_of_status_or_time_made_late_after_the_slot_began_is_logged_with_the_slot_it_had() {
        Instant before = CLOCK.instant().minusSeconds(1);
        assertThat(inTransaction(() -> statistics().lateChangesSince(before))).isEmpty();
        // #1 (S1, more than a day before the clock) marked a no-show, #12 (S0) moved to T, #16 (T, an hour before the
        // clock) cancelled by the office instead: #16's change is not late; #11 (S3) stored again unchanged
        List<Appointment> changed = List.of(with(1, CDMX, CANJE_RT, NO_SHOW, S1, null),
                with(12, CDMX, RENOV_RT, CONFIRMED, T.plus(Duration.ofDays(1)), null),
                with(16, CDMX, CANJE_RT, CANCELLED, T, cancelled(OFFICE, "28T20:00")),
                with(11, CDMX, CANJE_RT, CONFIRMED, S3, null));
        inTransaction(() -> changed.forEach(appointments()::update));

        assertThat(inTransaction(() -> statistics().lateChangesSince(before)))
                .containsExactlyInAnyOrder(new OfficeSlot(CDMX, S1), new OfficeSlot(CDMX, S0));
        assertThat(inTransaction(() -> statistics().lateChangesSince(CLOCK.instant().plusSeconds(1)))).isEmpty();
    }

    /** Appointment #{@code n} changed to the status, slot and cancellation given. */
    private Appointment with(int n, OfficeId office, ProcedureCode procedure, AppointmentStatus status, Instant slot,
            Cancellation cancellation) {
        Appointment stored = inTransaction(() -> appointments().findByCode(codes.get(n - 1)).orElseThrow());
        return Appointment.reconstitute(stored.code(), office, procedure, stored.applicant(), slot,
                Duration.ofMinutes(30), status, "123456", stored.createdAt().plus(Duration.ofMinutes(15)), 0, 0,
                cancellation == null ? 0 : 1, stored.createdAt(), false, cancellation);
    }
}
