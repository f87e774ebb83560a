package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The addresses of the booking steps, the codes people paste, and what a session keeps between steps. */
class BookingStepsTest {

    @Test
    void each_step_has_its_own_address_carrying_the_choice() {
        assertThat(BookingAddresses.choose(null, null)).isEqualTo("/");
        assertThat(BookingAddresses.choose("bc-tijuana", "CANJE-RT"))
                .isEqualTo("/?office=bc-tijuana&procedure=CANJE-RT&step=choose");
        assertThat(BookingAddresses.calendar("bc-tijuana", "CANJE-RT"))
                .isEqualTo("/?office=bc-tijuana&procedure=CANJE-RT");
        assertThat(BookingAddresses.details("bc-tijuana", "CANJE-RT", Instant.parse("2026-12-03T17:30:00Z")))
                .isEqualTo("/?office=bc-tijuana&procedure=CANJE-RT&start=2026-12-03T17%3A30%3A00Z");
        assertThat(BookingAddresses.hold("ABCD2345")).isEqualTo("/?hold=ABCD2345");
    }

    @Test
    void a_code_pasted_with_spaces_or_a_dash_is_the_six_digits() {
        assertThat(VerificationCodes.typed("123 456")).isEqualTo("123456");
        assertThat(VerificationCodes.typed(" 123-456\t")).isEqualTo("123456");
        assertThat(VerificationCodes.typed("123\u00a0456")).isEqualTo("123456");
        assertThat(VerificationCodes.typed(null)).isEmpty();
        // letters stay, so the format check refuses them
        assertThat(VerificationCodes.typed("12a 456")).isEqualTo("12a456");
    }

    @Test
    void the_session_opens_only_the_places_it_held_and_keeps_the_latest_few() {
        HeldPlaces held = new HeldPlaces();
        held.held("AAAA2222", "G1234567");

        assertThat(held.passportOf("AAAA2222")).contains("G1234567");
        assertThat(held.passportOf("BBBB3333")).isEmpty();
        assertThat(held.passportOf(null)).isEmpty();
        for (int i = 0; i < HeldPlaces.KEPT; i++) {
            held.held("CODE000" + i, "P" + i);
        }
        assertThat(held.passportOf("AAAA2222")).as("the oldest made room").isEmpty();
        assertThat(held.passportOf("CODE0000")).contains("P0");
    }

    @Test
    void what_was_typed_is_kept_for_another_time_until_forgotten() {
        HeldPlaces held = new HeldPlaces();
        ApplicantForm typed = new ApplicantForm();
        typed.setGivenNames("Ana");
        typed.setDateOfBirth(LocalDate.of(1990, 5, 17));
        typed.setPrivacyAccepted(true);
        held.typed(typed);
        typed.setGivenNames("changed after");

        ApplicantForm next = new ApplicantForm();
        held.restoreTyped(next);
        assertThat(next.getGivenNames()).isEqualTo("Ana");
        assertThat(next.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(next.isPrivacyAccepted()).isTrue();

        held.forgetTyped();
        ApplicantForm after = new ApplicantForm();
        held.restoreTyped(after);
        assertThat(after.getGivenNames()).isNull();
    }

    @Test
    void a_card_offers_changes_only_while_confirmed_and_outside_the_cut_off_and_a_cancelled_one_nothing_ahead() {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.parse("2026-12-07T09:00:00-06:00[America/Mexico_City]");
        AppointmentCard changeable = card("CONFIRMED", start, start.minusHours(24));
        AppointmentCard tooLate = card("CONFIRMED", start, null);
        AppointmentCard cancelled = card("CANCELLED", start, start.minusHours(24));

        assertThat(changeable.isChangeableOnline()).isTrue();
        assertThat(changeable.isUpcoming()).isTrue();
        assertThat(tooLate.isChangeableOnline()).isFalse();
        assertThat(tooLate.isUpcoming()).as("still to attend: arrive early, bring the documents").isTrue();
        assertThat(cancelled.isChangeableOnline()).isFalse();
        assertThat(cancelled.isUpcoming()).isFalse();
        assertThat(cancelled.isCancelled()).isTrue();
    }

    private static AppointmentCard card(String status, java.time.ZonedDateTime start,
            java.time.ZonedDateTime deadline) {
        return new AppointmentCard("ABCD2345", status, "Guadalajara", "Centro", start, java.util.Map.of(),
                java.util.Map.of(), deadline);
    }
}
