package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.export.Sheet;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.Test;

/** The day's file holds the page's table, with the office, the day and when it was made written above it. */
class AgendaExportTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(
            "mx.gob.inm.citas.adapters.web.pages.Messages", Locale.ROOT);

    @Test
    void the_sheet_is_named_after_office_and_day_and_says_both_with_the_zone_and_the_moment_it_was_made() {
        Office cancun = DomainFixtures.cancun();
        Appointment appointment = Appointment.hold(new ConfirmationCode(DomainFixtures.CODE_1), cancun.id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicant("0561234567"), Instant.parse("2026-12-01T15:00:00Z"),
                Duration.ofMinutes(30), "123456", Instant.parse("2026-11-20T15:00:00Z"), Duration.ofMinutes(15));
        AgendaRow row = AgendaRow.of(appointment, Set.of(AgendaStep.CHECK_IN), cancun.timeZone(), "Canje",
                "Confirmada");

        Sheet sheet = AgendaExport.sheet(cancun, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T15:15:00Z"),
                List.of(row), AgendaExportTest::text);

        assertThat(sheet.name()).isEqualTo("agenda-" + cancun.id().value() + "-2026-12-01");
        assertThat(sheet.preamble()).containsExactly("Oficina: " + cancun.name() + " (" + cancun.id().value() + ")",
                "Día: 2026-12-01", "Horas en la zona horaria de la oficina: America/Cancun",
                "Generado: 2026-12-01 10:15 America/Cancun");
        assertThat(sheet.headers()).containsExactly("Hora", "Código", "Trámite", "Solicitante", "Pasaporte",
                "Nacionalidad", "Estado");
        assertThat(sheet.rows()).containsExactly(List.of("10:00", DomainFixtures.CODE_1, "Canje", "Ana María Pérez López",
                "0561234567", "GTM", "Confirmada"));
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), SPANISH).format(arguments);
    }
}
