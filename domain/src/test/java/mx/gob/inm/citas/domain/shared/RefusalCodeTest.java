package mx.gob.inm.citas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalTime;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import org.junit.jupiter.api.Test;

class RefusalCodeTest {

    @Test
    void a_reversed_time_range_is_refused_with_its_code_and_both_times() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> new TimeRange(LocalTime.of(16, 0), LocalTime.of(8, 0)));

        assertThat(refused.code()).isEqualTo("timeRange.reversed");
        assertThat(refused.subject()).isEqualTo("timeRange");
        assertThat(refused.arguments()).containsExactly(LocalTime.of(16, 0), LocalTime.of(8, 0));
        assertThat(refused.getMessage()).contains("16:00").contains("08:00");
    }

    @Test
    void a_malformed_office_id_names_its_field_and_the_longest_id() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> new OfficeId("Not An Id"));

        assertThat(refused.code()).isEqualTo("officeId.malformed");
        assertThat(refused.arguments()).containsExactly(OfficeId.MAX_LENGTH);
    }

    @Test
    void typed_text_is_refused_about_the_field_it_was_typed_in() {
        UnsafeTextException unsafe = catchThrowableOfType(UnsafeTextException.class,
                () -> TypedText.line("Centro\nNorte", "city", "City", 100));
        InvalidValueException tooLong = catchThrowableOfType(InvalidValueException.class,
                () -> TypedText.line("x".repeat(101), "city", "City", 100));
        InvalidValueException blank = catchThrowableOfType(InvalidValueException.class,
                () -> TypedText.line("  ", "city", "City", 100));

        assertThat(unsafe.code()).isEqualTo("city.unsafe.LINE_BREAK");
        assertThat(unsafe.arguments()).containsExactly("U+000A");
        assertThat(tooLong.code()).isEqualTo("city.tooLong");
        assertThat(tooLong.arguments()).containsExactly(100);
        assertThat(blank.code()).isEqualTo("city.blank");
    }

    @Test
    void an_appointment_refusal_without_a_code_of_its_own_takes_its_reason() {
        assertThat(new AppointmentRefusedException(Reason.SLOT_FULL, "full").code()).isEqualTo("appointment.SLOT_FULL");
        assertThat(new AppointmentRefusedException(Reason.NOT_ALLOWED_NOW, "appointment.checkInOnTheDay", "no")
                .reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);
    }

    @Test
    void an_access_refusal_carries_the_office() {
        OfficeAccessDeniedException denied = new OfficeAccessDeniedException(
                OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE, new OfficeId("qroo-cancun"), "no");

        assertThat(denied.code()).isEqualTo("access.NOT_THEIR_OFFICE");
        assertThat(denied.arguments()).containsExactly("qroo-cancun");
    }

    @Test
    @SuppressWarnings("deprecation")
    void a_refusal_made_the_old_way_says_it_has_no_code() {
        InvalidValueException old = new InvalidValueException("some English sentence");

        assertThat(old.hasCode()).isFalse();
        assertThat(old.code()).isEqualTo(DomainException.UNSPECIFIED);
        assertThat(old.arguments()).isEmpty();
    }

    @Test
    void the_office_factory_names_the_field_it_refuses() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
                () -> Office.create(new OfficeId("cdmx-x"), "Oficina", null, "Ciudad", "Calle 1",
                        java.time.ZoneId.of("America/Mexico_City")));

        assertThat(refused.code()).isEqualTo("state.required");
    }
}
