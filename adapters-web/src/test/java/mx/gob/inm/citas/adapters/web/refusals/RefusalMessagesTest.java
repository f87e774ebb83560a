package mx.gob.inm.citas.adapters.web.refusals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code the domain and the use cases give has its sentence in Spanish and in English, and they differ;
 * the arguments render. The codes are read from the sources, so a new code without a message fails here.
 */
class RefusalMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final Pattern CODE = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z0-9_]+)\"");
    private static final Pattern SUBJECT = Pattern.compile(
            "(requirePresent|requireText|line|safe)\\([^;]*?,\\s*\"([a-z][a-zA-Z]*)\",\\s*\"");

    @Test
    void every_code_in_the_sources_has_a_message_of_its_own_kind_in_both_languages_and_they_differ()
            throws IOException {
        Set<String> codes = codesInTheSources();
        assertThat(codes).as("codes found").hasSizeGreaterThan(80)
                .contains("officeId.taken", "username.taken", "timeRange.reversed", "city.tooLong",
                        "timeZone.required", "appointment.SLOT_FULL", "access.READ_ONLY");

        for (String code : codes) {
            String es = RefusalMessages.keyOf(code, SPANISH).orElse(null);
            String en = RefusalMessages.keyOf(code, Locale.ENGLISH).orElse(null);
            assertThat(es).as("Spanish key for " + code).isNotNull().isNotEqualTo(DomainException.UNSPECIFIED);
            assertThat(en).as("English key for " + code).isEqualTo(es);
            assertThat(RefusalMessages.of(code, List.of(), SPANISH)).as(code)
                    .isNotEqualTo(RefusalMessages.of(code, List.of(), Locale.ENGLISH));
        }
    }

    @Test
    void each_file_has_every_key_of_the_other_and_no_spanish_text_is_the_english_one() throws IOException {
        Properties es = load("Refusals.properties");
        Properties en = load("Refusals_en.properties");

        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : es.stringPropertyNames()) {
            assertThat(es.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key))
                    .doesNotContain("The ", "Please", " must ");
        }
    }

    @Test
    void the_arguments_render_times_days_and_numbers_in_the_readers_language() {
        DomainException reversed = refused(() -> new TimeRange(LocalTime.of(16, 0), LocalTime.of(8, 0)));

        assertThat(RefusalMessages.of(reversed, SPANISH))
                .isEqualTo("La hora de inicio (16:00) debe ser anterior a la de fin (08:00).");
        assertThat(RefusalMessages.of(reversed, Locale.ENGLISH))
                .isEqualTo("The start time (16:00) must come before the end time (08:00).");
        assertThat(RefusalMessages.of("timeRange.overlaps", List.of(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0), LocalTime.of(11, 0), LocalTime.of(14, 0)), SPANISH))
                .isEqualTo("Los horarios del lunes se enciman: de 09:00 a 12:00 y de 11:00 a 14:00.");
        assertThat(RefusalMessages.of("appointment.dayClosed", List.of(LocalDate.of(2026, 12, 25)), SPANISH))
                .contains("viernes, 25 de diciembre de 2026");
        assertThat(RefusalMessages.of("officeId.taken", List.of("qroo-cancun"), SPANISH))
                .isEqualTo("Ya existe una oficina con el identificador qroo-cancun. Elija otro.");
    }

    @Test
    void every_pattern_renders_with_arguments_leaving_no_placeholder_or_stray_quote() throws IOException {
        List<Object> five = List.of("a", "b", "c", "d", "e");
        // a pattern that chooses its words by a count ("1 intento", "3 intentos") is given counts, each way
        List<List<Object>> counts = List.of(List.of(1, 1, 1, 1, 1), List.of(3, 3, 3, 3, 3));
        java.util.Properties spanish = load("Refusals.properties");
        for (Locale locale : List.of(SPANISH, Locale.ENGLISH)) {
            for (String key : spanish.stringPropertyNames()) {
                for (List<Object> arguments : spanish.getProperty(key).contains(",choice,") ? counts
                        : List.of(five)) {
                    String text = RefusalMessages.of(key, arguments, locale);
                    assertThat(text).as(key).doesNotContain("{", "}").isNotBlank();
                }
            }
        }
        assertThat(RefusalMessages.of("appointment.WRONG_VERIFICATION_CODE", List.of(1), SPANISH))
                .contains("Le queda 1 intento;");
        assertThat(RefusalMessages.of("appointment.WRONG_VERIFICATION_CODE", List.of(3), Locale.ENGLISH))
                .contains("You have 3 attempts left");
        assertThat(RefusalMessages.of("appointment.wrongStatus", List.of(), Locale.ENGLISH))
                .contains("appointment's");
    }

    @Test
    void a_code_without_a_message_falls_back_to_its_rule_then_to_general_words_never_to_the_english_message() {
        assertThat(RefusalMessages.of("city.tooLong", List.of(100), SPANISH))
                .isEqualTo("Escriba como máximo 100 caracteres.");
        assertThat(RefusalMessages.of("givenNames.unsafe.LINE_BREAK", List.of("U+000A"), SPANISH))
                .contains("una sola línea");
        assertThat(RefusalMessages.of("internal.whatever", List.of(), SPANISH)).contains("persona administradora");
        @SuppressWarnings("deprecation")
        InvalidValueException uncoded = new InvalidValueException("An English sentence");
        assertThat(RefusalMessages.of(uncoded, SPANISH)).doesNotContain("English")
                .isEqualTo("No fue posible completar la acción. Revise los datos e inténtelo de nuevo.");
    }

    @Test
    void the_console_has_words_of_its_own_where_staff_need_them() {
        assertThat(RefusalMessages.forConsole("appointment.notFound", List.of(), SPANISH))
                .isEqualTo("No hay una cita con ese código en esta oficina.");
        assertThat(RefusalMessages.forConsole("officeId.taken", List.of("x"), SPANISH))
                .isEqualTo(RefusalMessages.of("officeId.taken", List.of("x"), SPANISH));
    }

    private static Set<String> codesInTheSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : List.of("domain", "application", "adapters-persistence", "adapters-web")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher code = CODE.matcher(source);
                    while (code.find()) {
                        if (!code.group(1).endsWith(".tsv") && !code.group(1).startsWith("console.")
                                && !code.group(1).startsWith("refusal.") && !module.equals("adapters-web")
                                || file.endsWith("PeriodRow.java") || file.endsWith("QueryDates.java")) {
                            codes.add(code.group(1));
                        }
                    }
                    Matcher subject = SUBJECT.matcher(source);
                    while (subject.find()) {
                        String kind = subject.group(1);
                        String s = subject.group(2);
                        if (kind.equals("requirePresent")) {
                            codes.add(s + ".required");
                        } else {
                            codes.add(s + ".blank");
                            codes.add(s + ".tooLong");
                            for (UnsafeTextException.Reason reason : UnsafeTextException.Reason.values()) {
                                codes.add(s + ".unsafe." + reason.name());
                            }
                        }
                    }
                }
            }
        }
        for (AppointmentRefusedException.Reason reason : AppointmentRefusedException.Reason.values()) {
            codes.add(AppointmentRefusedException.codeOf(reason));
        }
        for (OfficeAccessDeniedException.Reason reason : OfficeAccessDeniedException.Reason.values()) {
            codes.add("access." + reason.name());
        }
        return codes;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalMessages.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static DomainException refused(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
