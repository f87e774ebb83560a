package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import mx.gob.inm.citas.domain.staff.AuditAction;
import org.junit.jupiter.api.Test;

/** The audit log says its actions and the details recorded in a fixed form in the page's language. */
class AuditWordsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Test
    void every_action_is_said_in_words_in_both_languages() {
        for (AuditAction action : AuditAction.values()) {
            String es = AuditWords.action(action, SPANISH);
            String en = AuditWords.action(action, Locale.ENGLISH);
            assertThat(es).as(action.name()).isNotBlank().doesNotContain("_").isNotEqualTo(en);
        }
        assertThat(AuditWords.action(AuditAction.VIEWED_APPLICANT_DATA, SPANISH))
                .isEqualTo("Consultó datos de un solicitante");
    }

    @Test
    void a_detail_in_a_known_form_is_said_again_with_the_role_in_words() {
        assertThat(AuditWords.detail("tried to read as STAFF", SPANISH))
                .isEqualTo("intentó leer como personal de oficina");
        assertThat(AuditWords.detail("tried to change as SUPERVISOR", SPANISH))
                .isEqualTo("intentó cambiar como supervisor(a)");
        assertThat(AuditWords.detail("12 appointments", SPANISH)).isEqualTo("12 citas");
        assertThat(AuditWords.detail("role STAFF, offices [OfficeId[value=bc-tijuana]]", SPANISH))
                .startsWith("función: personal de oficina; oficinas: ");
        assertThat(AuditWords.detail("wrong password", Locale.ENGLISH)).isEqualTo("wrong password");
        assertThat(AuditWords.detail("2026-12-24..2026-12-26: Navidad; 3 appointments cancelled", SPANISH))
                .isEqualTo("2026-12-24..2026-12-26: Navidad; 3 citas canceladas");
        assertThat(AuditWords.subject("closure 2026-12-24..2026-12-26", SPANISH))
                .isEqualTo("cierre 2026-12-24..2026-12-26");
    }

    @Test
    void staff_acting_for_an_applicant_is_said_in_words_with_the_offices_local_times() {
        assertThat(AuditWords.detail("CANJE-RT at 2026-11-30T09:00; no e-mail address", SPANISH))
                .isEqualTo("CANJE-RT el 2026-11-30 a las 09:00; sin correo electrónico");
        assertThat(AuditWords.detail("CANJE-RT at 2026-11-30T09:00; no e-mail address", Locale.ENGLISH))
                .isEqualTo("CANJE-RT on 2026-11-30 at 09:00; no e-mail address");
        assertThat(AuditWords.detail("CANJE-RT at 2026-11-30T09:00", SPANISH))
                .isEqualTo("CANJE-RT el 2026-11-30 a las 09:00");
        assertThat(AuditWords.detail("CANJE-RT at 2026-11-30T09:00", Locale.ENGLISH))
                .isEqualTo("CANJE-RT on 2026-11-30 at 09:00");
        assertThat(AuditWords.detail("at 2026-11-30T09:00", SPANISH)).isEqualTo("cita del 2026-11-30 a las 09:00");
        assertThat(AuditWords.detail("at 2026-11-30T09:00", Locale.ENGLISH))
                .isEqualTo("appointment on 2026-11-30 at 09:00");
        assertThat(AuditWords.detail("from 2026-11-30T09:00 to 2026-12-01T16:30", SPANISH))
                .isEqualTo("del 2026-11-30 a las 09:00 al 2026-12-01 a las 16:30");
        assertThat(AuditWords.detail("from 2026-11-30T09:00 to 2026-12-01T16:30", Locale.ENGLISH))
                .isEqualTo("from 2026-11-30 at 09:00 to 2026-12-01 at 16:30");
        assertThat(AuditWords.detail("CHECK_IN undone", SPANISH)).isEqualTo("se deshizo: registro de llegada");
        assertThat(AuditWords.detail("MARK_ATTENDED undone", SPANISH)).isEqualTo("se deshizo: marcada como atendida");
        assertThat(AuditWords.detail("MARK_NO_SHOW undone", SPANISH))
                .isEqualTo("se deshizo: marcada como no se presentó");
        assertThat(AuditWords.detail("MARK_NO_SHOW undone", Locale.ENGLISH)).isEqualTo("undone: marked as no-show");
        assertThat(AuditWords.detail("proof printed", SPANISH)).isEqualTo("comprobante impreso");
        assertThat(AuditWords.detail("proof", SPANISH)).as("as recorded before").isEqualTo("comprobante impreso");
        assertThat(AuditWords.detail("proof printed", Locale.ENGLISH)).isEqualTo("proof printed");
        assertThat(AuditWords.subject("agenda 2026-11-30", SPANISH)).isEqualTo("agenda del 2026-11-30");
        assertThat(AuditWords.subject("agenda 2026-11-30", Locale.ENGLISH)).isEqualTo("agenda for 2026-11-30");
    }

    @Test
    void a_closure_is_said_with_its_days_and_no_english_between_them() {
        assertThat(AuditWords.detail("closure 2026-11-30..2026-12-01: Fumigación", SPANISH))
                .isEqualTo("cierre 2026-11-30..2026-12-01: Fumigación");
        assertThat(AuditWords.detail("2026-11-30..2026-12-01: Fumigación; 1 appointments cancelled", SPANISH))
                .isEqualTo("2026-11-30..2026-12-01: Fumigación; 1 citas canceladas");
        assertThat(AuditWords.detail("2026-11-30..2026-12-01: Fumigación", SPANISH))
                .as("a removed closure: its days and its reason, nothing in English")
                .isEqualTo("2026-11-30..2026-12-01: Fumigación");
    }

    @Test
    void a_detail_in_no_known_form_is_shown_as_recorded() {
        assertThat(AuditWords.detail("Cierre por Navidad", SPANISH)).isEqualTo("Cierre por Navidad");
        assertThat(AuditWords.detail(null, SPANISH)).isEmpty();
    }
}
