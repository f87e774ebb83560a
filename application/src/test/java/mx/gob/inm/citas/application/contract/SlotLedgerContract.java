package mx.gob.inm.citas.application.contract;

import static mx.gob.inm.citas.application.port.out.SlotLedger.Taking.CALENDAR_CHANGED;
import static mx.gob.inm.citas.application.port.out.SlotLedger.Taking.FULL;
import static mx.gob.inm.citas.application.port.out.SlotLedger.Taking.TAKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.application.port.out.SlotLedger.Taking;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SlotLedger} must have; run against the fake and the real adapter. */
public abstract class SlotLedgerContract extends RepositoryContract {

    protected abstract SlotLedger ledger();

    protected abstract OfficeRepository offices();

    /** Puts {@code places} taken places on a slot, the way bookings will. */
    protected abstract void givenTaken(OfficeId office, Instant slotStart, int places);

    /** A different, well-formed confirmation code for each {@code n}. */
    protected static ConfirmationCode holder(int n) {
        return ConfirmationCode.random(new Random(n));
    }

    private final Office cdmx = DomainFixtures.cdmx();
    private final Office tijuana = DomainFixtures.tijuana();
    private final Instant nine = Instant.parse("2026-11-30T15:00:00Z");
    private final Instant halfPastNine = Instant.parse("2026-11-30T15:30:00Z");
    private final Instant nextDay = Instant.parse("2026-12-01T15:00:00Z");

    @BeforeEach
    void places_are_taken() {
        inTransaction(() -> {
            offices().save(cdmx);
            offices().save(tijuana);
        });
        givenTaken(cdmx.id(), nine, 3);
        givenTaken(cdmx.id(), halfPastNine, 1);
        givenTaken(cdmx.id(), nextDay, 2);
        givenTaken(tijuana.id(), nine, 5);
    }

    @Test
    void taken_places_are_reported_per_slot_start_for_one_office_within_the_range() {
        assertThat(inTransaction(() -> ledger().takenPlaces(cdmx.id(), nine, nextDay)).bySlotStart())
                .isEqualTo(Map.of(nine, 3, halfPastNine, 1));
    }

    @Test
    void places_are_taken_up_to_the_slot_size_and_given_back() {
        Instant ten = Instant.parse("2026-11-30T16:00:00Z");
        assertThat(take(cdmx.id(), ten, 2, holder(1))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), ten, 2, holder(2))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), ten, 2, holder(3))).isEqualTo(FULL);
        assertThat(take(tijuana.id(), ten, 2, holder(4))).isEqualTo(TAKEN);

        inTransaction(() -> ledger().release(cdmx.id(), ten, holder(1)));
        assertThat(inTransaction(() -> ledger().takenPlaces(cdmx.id(), ten, ten.plusSeconds(1)).at(ten))).isEqualTo(1);
        assertThat(take(cdmx.id(), ten, 2, holder(3))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), ten, 2, holder(5))).isEqualTo(FULL);
    }

    @Test
    void an_already_taken_slot_accepts_more_only_while_below_its_size() {
        assertThat(take(cdmx.id(), nine, 3, holder(1))).isEqualTo(FULL);
        assertThat(take(cdmx.id(), nine, 4, holder(1))).isEqualTo(TAKEN);
    }

    @Test
    void giving_back_never_goes_below_zero() {
        Instant eleven = Instant.parse("2026-11-30T17:00:00Z");
        inTransaction(() -> ledger().release(cdmx.id(), eleven, holder(1)));
        take(cdmx.id(), eleven, 1, holder(1));
        inTransaction(() -> ledger().release(cdmx.id(), eleven, holder(1)));
        inTransaction(() -> ledger().release(cdmx.id(), eleven, holder(1)));
        assertThat(take(cdmx.id(), eleven, 1, holder(2))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), eleven, 1, holder(3))).isEqualTo(FULL);
    }

    @Test
    void a_holder_moving_within_the_office_takes_the_new_place_before_giving_back_the_old() {
        Instant ten = Instant.parse("2026-11-30T16:00:00Z");
        Instant eleven = Instant.parse("2026-11-30T17:00:00Z");
        assertThat(take(cdmx.id(), ten, 1, holder(1))).isEqualTo(TAKEN);
        assertThat(inTransaction(() -> {
            Taking taken = ledger().tryTake(cdmx.id(), eleven, 1, ledger().calendarVersion(cdmx.id(), eleven),
                    holder(1));
            ledger().release(cdmx.id(), ten, holder(1));
            return taken;
        })).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), ten, 1, holder(2))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), eleven, 1, holder(3))).isEqualTo(FULL);
    }

    @Test
    void a_slot_never_seen_is_at_calendar_version_zero_and_reading_it_changes_nothing() {
        Instant noon = Instant.parse("2026-11-30T18:00:00Z");
        assertThat(inTransaction(() -> ledger().calendarVersion(cdmx.id(), noon))).isZero();
        assertThat(inTransaction(() -> ledger().calendarVersion(cdmx.id(), noon))).isZero();
        assertThat(inTransaction(() -> ledger().tryTake(cdmx.id(), noon, 1, 0, holder(1)))).isEqualTo(TAKEN);
    }

    @Test
    void a_place_is_refused_at_a_calendar_version_read_before_the_slot_was_fenced_and_taken_at_one_read_after() {
        Instant ten = Instant.parse("2026-11-30T16:00:00Z");
        long before = inTransaction(() -> ledger().calendarVersion(cdmx.id(), nine));
        long neverSeen = inTransaction(() -> ledger().calendarVersion(cdmx.id(), ten));

        inTransaction(() -> ledger().fence(cdmx.id(), List.of(nine, ten)));

        assertThat(inTransaction(() -> ledger().tryTake(cdmx.id(), nine, 4, before, holder(1))))
                .isEqualTo(CALENDAR_CHANGED);
        assertThat(inTransaction(() -> ledger().tryTake(cdmx.id(), ten, 4, neverSeen, holder(1))))
                .isEqualTo(CALENDAR_CHANGED);
        assertThat(take(cdmx.id(), nine, 4, holder(1))).isEqualTo(TAKEN);
        assertThat(take(cdmx.id(), ten, 4, holder(1))).isEqualTo(TAKEN);
        assertThat(inTransaction(() -> ledger().takenPlaces(cdmx.id(), nine, nextDay)).bySlotStart())
                .isEqualTo(Map.of(nine, 4, halfPastNine, 1, ten, 1));
    }

    @Test
    void a_fence_leaves_the_places_taken_and_every_other_slot_as_it_was() {
        long halfPastNineBefore = inTransaction(() -> ledger().calendarVersion(cdmx.id(), halfPastNine));
        long tijuanaBefore = inTransaction(() -> ledger().calendarVersion(tijuana.id(), nine));

        inTransaction(() -> ledger().fence(cdmx.id(), List.of(nine, nine, nextDay)));

        assertThat(inTransaction(() -> ledger().takenPlaces(cdmx.id(), nine, nextDay.plusSeconds(1)))
                .bySlotStart()).isEqualTo(Map.of(nine, 3, halfPastNine, 1, nextDay, 2));
        assertThat(inTransaction(() -> ledger().tryTake(cdmx.id(), halfPastNine, 2, halfPastNineBefore,
                holder(1)))).isEqualTo(TAKEN);
        assertThat(inTransaction(() -> ledger().tryTake(tijuana.id(), nine, 6, tijuanaBefore, holder(1))))
                .isEqualTo(TAKEN);
    }

    @Test
    void a_full_slot_is_refused_as_full_at_its_current_version() {
        inTransaction(() -> ledger().fence(cdmx.id(), List.of(nine)));

        assertThat(take(cdmx.id(), nine, 3, holder(1))).isEqualTo(FULL);
    }

    @Test
    void fencing_nothing_changes_nothing() {
        inTransaction(() -> ledger().fence(cdmx.id(), List.of()));

        assertThat(take(cdmx.id(), nine, 4, holder(1))).isEqualTo(TAKEN);
    }

    @Test
    void a_range_without_taken_places_reports_none() {
        assertThat(inTransaction(() -> ledger().takenPlaces(cdmx.id(), Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-02-01T00:00:00Z"))).bySlotStart()).isEmpty();
    }

    /** Takes a place the way a hold does: the calendar version first, then the place at that version. */
    private Taking take(OfficeId office, Instant slotStart, int places, ConfirmationCode holder) {
        return inTransaction(() -> ledger().tryTake(office, slotStart, places,
                ledger().calendarVersion(office, slotStart), holder));
    }
}
