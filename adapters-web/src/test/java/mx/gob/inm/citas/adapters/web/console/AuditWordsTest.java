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
    void a_detail_in_no_known_form_is_shown_as_recorded() {
        assertThat(AuditWords.detail("Cierre por Navidad", SPANISH)).isEqualTo("Cierre por Navidad");
        assertThat(AuditWords.detail(null, SPANISH)).isEmpty();
    }
}
