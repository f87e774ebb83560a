package mx.gob.inm.citas.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.shared.Language;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The mail adapter against a real SMTP server (GreenMail) started by the test. */
class MailNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, MEXICO_CITY);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path outbox;

    @Test
    void the_verification_code_arrives_in_spanish_with_text_and_html() throws Exception {
        smtp().deliver(notification(NotificationKind.VERIFICATION, Language.SPANISH, "Ana María", 0));

        MimeMessage received = only();
        assertThat(received.getSubject()).contains("código de verificación").contains("482913");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ana@ejemplo.mx");
        assertThat(textOf(received, "text/plain")).contains("Hola, Ana María:", "482913", "09:15");
        assertThat(textOf(received, "text/html")).contains("482913", "lang=\"es\"");
        assertThat(parts(received)).noneMatch(p -> isType(p, "text/calendar"));
    }

    @Test
    void the_confirmation_carries_a_valid_invitation_in_the_office_zone_and_everything_to_bring() throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.ENGLISH, "Ana", 0));

        MimeMessage received = only();
        assertThat(received.getSubject()).startsWith("Appointment confirmed 7KX2M9QD");
        String text = textOf(received, "text/plain");
        assertThat(text).contains("Monday, November 30, 2026", "09:00", "America/Mexico_City",
                "Arrive 10 minutes before", "Valid passport", "Proof of payment", "http://citas.test/manage",
                "Oficina de Representación Ciudad de México");
        Calendar calendar = calendarOf(received);
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "UID")).isEqualTo("7KX2M9QD@citas.test");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        DateProperty<?> start = event.<DateProperty<?>>getProperty("DTSTART").orElseThrow();
        DateProperty<?> end = event.<DateProperty<?>>getProperty("DTEND").orElseThrow();
        assertThat(Instant.from(start.getDate())).isEqualTo(START.toInstant());
        // ical4j's validator does not catch DTEND before DTSTART: check it here
        assertThat(Instant.from(end.getDate())).isAfter(Instant.from(start.getDate()));
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Mexico_City");
        assertThat(start.getValue()).isEqualTo("20261130T090000");
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        assertThat(value(event, "LOCATION")).contains("Centro");
        assertThat(value(event, "DESCRIPTION")).contains("7KX2M9QD");
        assertThat(event.getComponents("VALARM")).isNotEmpty();
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
    }

    @Test
    void a_move_keeps_the_uid_with_a_higher_sequence_and_a_cancellation_cancels_it() throws Exception {
        smtp().deliver(notification(NotificationKind.RESCHEDULE, Language.SPANISH, "Ana", 1));
        smtp().deliver(notification(NotificationKind.CANCELLATION, Language.SPANISH, "Ana", 2));

        MimeMessage[] received = SMTP.getReceivedMessages();
        Calendar moved = calendarOf(received[0]);
        Calendar cancelled = calendarOf(received[1]);
        assertThat(moved.validate().hasErrors()).isFalse();
        assertThat(cancelled.validate().hasErrors()).isFalse();
        VEvent movedEvent = moved.<VEvent>getComponents("VEVENT").get(0);
        VEvent cancelledEvent = cancelled.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(cancelledEvent, "UID")).isEqualTo(value(movedEvent, "UID"));
        assertThat(value(movedEvent, "SEQUENCE")).isEqualTo("1");
        assertThat(value(cancelledEvent, "SEQUENCE")).isEqualTo("2");
        assertThat(value(cancelledEvent, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
        assertThat(received[1].getSubject()).startsWith("Cita cancelada");
    }

    @Test
    void when_the_office_closes_the_applicant_gets_an_apology_in_spanish_that_cancels_the_invitation()
            throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.SPANISH, "Ana", 0));
        smtp().deliver(notification(NotificationKind.CANCELLED_BY_OFFICE, Language.SPANISH, "Ana", 1));

        MimeMessage apology = SMTP.getReceivedMessages()[1];
        assertThat(apology.getSubject()).isEqualTo("Disculpa: la oficina estará cerrada el lunes, 30 de noviembre"
                + " de 2026 y tu cita 7KX2M9QD fue cancelada");
        String text = textOf(apology, "text/plain");
        assertThat(text).contains("Hola, Ana:", "Te pedimos una disculpa: la oficina estará cerrada el lunes, 30 de"
                + " noviembre de 2026, el día de tu cita", "tu cita fue cancelada y el lugar no se conserva",
                "7KX2M9QD", "09:00", "America/Mexico_City", "Oficina de Representación Ciudad de México",
                "reserva una cita nueva en http://citas.test/")
                .doesNotContain("Llega 10 minutos", "Pasaporte vigente", "http://citas.test/manage");
        assertThat(textOf(apology, "text/html")).contains("disculpa", "href=\"http://citas.test/\"", "lang=\"es\"")
                .doesNotContain("??");
        assertCancelsTheConfirmedInvitation(calendarOf(SMTP.getReceivedMessages()[0]), calendarOf(apology));
    }

    @Test
    void the_apology_speaks_the_applicants_language_and_the_offices_time() throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.ENGLISH, "Ana", 0));
        smtp().deliver(notification(NotificationKind.CANCELLED_BY_OFFICE, Language.ENGLISH, "Ana", 1));

        MimeMessage apology = SMTP.getReceivedMessages()[1];
        assertThat(apology.getSubject()).isEqualTo("We apologise: the office will be closed on Monday, November 30,"
                + " 2026 and your appointment 7KX2M9QD is cancelled");
        assertThat(apology.getHeader("Content-Language")).containsExactly("en");
        String text = textOf(apology, "text/plain");
        assertThat(text).contains("Hello Ana,", "We apologise: the office will be closed on Monday, November 30,"
                + " 2026, the day of your appointment", "cancelled and the place is not kept", "Time: 09:00 (",
                "America/Mexico_City)", "book a new appointment at http://citas.test/")
                .doesNotContain("Arrive 10 minutes", "Valid passport", "http://citas.test/manage");
        assertThat(textOf(apology, "text/html")).contains("We apologise", "href=\"http://citas.test/\"",
                "lang=\"en\"").doesNotContain("??");
        assertCancelsTheConfirmedInvitation(calendarOf(SMTP.getReceivedMessages()[0]), calendarOf(apology));
    }

    @Test
    void names_are_escaped_in_html_and_the_message_id_is_stable_across_attempts() throws Exception {
        Notification hostile = notification(NotificationKind.CONFIRMATION, Language.SPANISH,
                "<script>alert(1)</script> & Co", 0);
        smtp().deliver(hostile);
        smtp().deliver(hostile);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(textOf(received[0], "text/html")).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(received[0].getMessageID()).isEqualTo("<msg-1@citas.test>").isEqualTo(received[1].getMessageID());
    }

    @Test
    void without_an_smtp_server_each_message_is_written_once_as_an_eml_file() throws Exception {
        MailNotifications files = new MailNotifications(settings(Optional.empty()), CLOCK);
        Notification confirmation = notification(NotificationKind.CONFIRMATION, Language.SPANISH, "Ana", 0);

        files.deliver(confirmation);
        files.deliver(confirmation);

        try (var written = Files.list(outbox)) {
            List<Path> emls = written.toList();
            assertThat(emls).singleElement().satisfies(p -> assertThat(p.getFileName()).hasToString("msg-1.eml"));
            try (InputStream in = Files.newInputStream(emls.get(0))) {
                MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                assertThat(message.getSubject()).startsWith("Cita confirmada");
                assertThat(calendarOf(message).validate().hasErrors()).isFalse();
            }
        }
    }

    @Test
    void an_unreachable_server_is_reported_so_the_outbox_retries() {
        MailNotifications down = new MailNotifications(new MailSettings(Optional.of("127.0.0.1"), 1, Optional.empty(),
                Optional.empty(), false, "Citas INM <citas@citas.test>", "http://citas.test", outbox), CLOCK);
        assertThatThrownBy(() -> down.deliver(notification(NotificationKind.VERIFICATION, Language.SPANISH, "Ana", 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mail server");
    }

    // ---- helpers ----

    /** Exactly what the applicant's own cancellation does: same UID, a higher SEQUENCE, METHOD:CANCEL. */
    private static void assertCancelsTheConfirmedInvitation(Calendar confirmed, Calendar cancelled) {
        ValidationResult validation = cancelled.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        VEvent confirmedEvent = confirmed.<VEvent>getComponents("VEVENT").get(0);
        VEvent cancelledEvent = cancelled.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(cancelledEvent, "UID")).isEqualTo(value(confirmedEvent, "UID"));
        assertThat(Integer.parseInt(value(cancelledEvent, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(confirmedEvent, "SEQUENCE")));
        assertThat(value(cancelledEvent, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelledEvent, "DTSTART")).isEqualTo(value(confirmedEvent, "DTSTART"));
        assertThat(cancelledEvent.getComponents("VALARM")).isEmpty();
    }

    private MailNotifications smtp() {
        return new MailNotifications(settings(Optional.of("127.0.0.1")), CLOCK);
    }

    private MailSettings settings(Optional<String> host) {
        return new MailSettings(host, SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), false,
                "Citas INM <citas@citas.test>", "http://citas.test/", outbox);
    }

    private static Notification notification(NotificationKind kind, Language language, String name, int sequence) {
        boolean english = language == Language.ENGLISH;
        return new Notification("msg-1", kind, language, "ana@ejemplo.mx", name, "7KX2M9QD",
                kind == NotificationKind.VERIFICATION ? "482913" : null, START.minusDays(3).withHour(9).withMinute(15),
                "Oficina de Representación Ciudad de México", "Centro, Ciudad de México", START,
                START.plusMinutes(30),
                english ? "Exchange of visa" : "Canje de visa",
                english ? List.of("Valid passport", "Proof of payment") : List.of("Pasaporte vigente", "Pago"),
                sequence, "GTM", "*****567", START.minusDays(1), null);
    }

    private static String value(PropertyListAccessor component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static MimeMessage only() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        all.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static String textOf(MimeMessage message, String type) throws Exception {
        for (Part part : parts(message)) {
            if (isType(part, type)) {
                Object content = part.getContent();
                return content instanceof String s ? s : GreenMailUtil.getBody(part);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static Calendar calendarOf(MimeMessage message) throws Exception {
        for (Part part : parts(message)) {
            if (isType(part, "text/calendar")) {
                Object content = part.getContent();
                String ics = content instanceof String s ? s
                        : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
                return new CalendarBuilder().build(new StringReader(ics));
            }
        }
        throw new AssertionError("no calendar attached");
    }

}
