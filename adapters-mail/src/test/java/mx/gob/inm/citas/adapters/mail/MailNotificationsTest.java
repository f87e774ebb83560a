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
import java.util.regex.Pattern;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.shared.Language;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The mail adapter against a real SMTP server (GreenMail) started by the test. */
class MailNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, MEXICO_CITY);
    /** The confirm link's key, as the application makes it (an HMAC, base64url). */
    private static final String LINK_KEY = "Zk3q_Jx8Lm2Np5Rt7Vw9Yb1Cd4Fg6Hj0Ks3Mq5Pu8Xa";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T15:00:00Z"), ZoneOffset.UTC);

    /** Forms of tú a Spanish mail must not use (pronouns, and verbs the old texts conjugated with tú). */
    private static final Pattern TU = Pattern.compile("(?iu)(?<![\\p{L}])(tu|tus|te|ti|contigo|tienes|puedes|debes"
            + "|necesitas|llega|lleva|escribe|ignora|entra|reserva|apartaste|confirmas|respondas"
            + "|(?<!una )disculpa)(?![\\p{L}])");
    /** A width in pixels as an attribute, or in a style other than max-width. */
    private static final Pattern FIXED_WIDTH_ATTRIBUTE = Pattern.compile("\\swidth=\"\\d+(px)?\"");
    private static final Pattern FIXED_WIDTH_STYLE = Pattern.compile("(?<![-\\w])width:\\s*\\d+px");

    @TempDir
    Path outbox;

    @Test
    void the_verification_code_arrives_in_spanish_with_text_and_html() throws Exception {
        smtp().deliver(notification(NotificationKind.VERIFICATION, Language.SPANISH, "Ana María", 0));

        MimeMessage received = only();
        assertThat(received.getSubject()).contains("código de verificación").contains("482913");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ana@ejemplo.mx");
        String text = textOf(received, "text/plain");
        assertThat(text).contains("Hola, Ana María:", "\n    482913\n", "09:15, hora del Centro",
                "Su código de confirmación es 7KX2M9QD",
                "se abre una página donde confirma su cita con un solo botón",
                "http://citas.test/confirm?code=7KX2M9QD&key=" + LINK_KEY,
                "podrá cambiarla o cancelarla en línea hasta el domingo, 29 de noviembre de 2026 a las 09:00,"
                        + " hora del Centro");
        assertThat(textOf(received, "text/html")).contains("482913", "lang=\"es\"", "7KX2M9QD",
                "href=\"http://citas.test/confirm?code=7KX2M9QD&amp;key=" + LINK_KEY + "\"", "Confirmar mi cita");
        assertThat(text + textOf(received, "text/html")).as("the 6-digit code is for typing, never the link's key")
                .doesNotContain("key=482913");
        assertThat(parts(received)).noneMatch(p -> isType(p, "text/calendar") || isType(p, "application/pdf"));
    }

    @Test
    void a_verification_inside_the_cut_off_says_the_appointment_cannot_be_changed_online_once_confirmed()
            throws Exception {
        smtp().deliver(withoutDeadline(notification(NotificationKind.VERIFICATION, Language.ENGLISH, "Ana", 0)));

        String text = textOf(only(), "text/plain");
        assertThat(text).contains("once confirmed, this appointment can no longer be changed or cancelled online",
                "http://citas.test/confirm?code=7KX2M9QD&key=" + LINK_KEY, "Your confirmation code is 7KX2M9QD")
                .doesNotContain("you can change");
    }

    @Test
    void cancun_s_zone_is_named_as_in_mexico_never_as_eastern_time() throws Exception {
        ZonedDateTime cancun = START.withZoneSameLocal(ZoneId.of("America/Cancun"));
        for (Language language : Language.values()) {
            Notification n = notification(NotificationKind.CONFIRMATION, language, "Ana", 0);
            smtp().deliver(new Notification(n.messageId() + language.tag(), n.kind(), n.language(), n.recipient(),
                    n.applicantName(), n.confirmationCode(), null, n.holdExpiresAt(), "Oficina Cancún",
                    "Av. Tulum 1, Cancún", cancun, cancun.plusMinutes(30), n.procedureName(), n.requirements(), 0,
                    n.nationality(), n.maskedPassport(), cancun.minusDays(1), null, null));
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(textOf(received[0], "text/plain")).contains("Hora: 09:00, hora del Sureste\n",
                "a las 09:00, hora del Sureste.").doesNotContain("Eastern", "America/");
        assertThat(textOf(received[1], "text/html")).contains("09:00, Mexico Southeast Time")
                .doesNotContain("Eastern", "America/", "((");
    }

    @Test
    void every_spanish_mail_speaks_usted_never_tu() throws Exception {
        List<Notification> all = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            Notification n = notification(kind, Language.SPANISH, "Ana", 1);
            all.addAll(List.of(n, withoutDeadline(n), withReason(n, "Falla eléctrica en la oficina")));
        }
        all.forEach(smtp()::deliver);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(all.size());
        for (MimeMessage message : received) {
            String everything = message.getSubject() + "\n" + textOf(message, "text/plain") + "\n"
                    + textOf(message, "text/html");
            assertThat(TU.matcher(everything).results().map(m -> m.group()).toList())
                    .as("tú in %s", message.getSubject()).isEmpty();
            assertThat(everything).as(message.getSubject()).doesNotContain("??", "America/", "Time", "((");
        }
    }

    @Test
    void the_html_is_fluid_so_a_phone_never_scrolls_sideways() throws Exception {
        for (NotificationKind kind : NotificationKind.values()) {
            smtp().deliver(notification(kind, Language.SPANISH, "Ana", 0));
        }
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            String html = textOf(message, "text/html");
            assertThat(FIXED_WIDTH_ATTRIBUTE.matcher(html).results().map(m -> m.group()).toList())
                    .as(message.getSubject()).isEmpty();
            assertThat(FIXED_WIDTH_STYLE.matcher(html).results().map(m -> m.group()).toList())
                    .as(message.getSubject()).isEmpty();
            assertThat(html).contains("max-width:600px", "name=\"viewport\"");
        }
    }

    @Test
    void each_mail_says_until_when_it_can_be_changed_online_or_that_it_no_longer_can() throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.SPANISH, "Ana", 0));
        smtp().deliver(withoutDeadline(notification(NotificationKind.REMINDER, Language.SPANISH, "Ana", 0)));
        smtp().deliver(notification(NotificationKind.REMINDER, Language.ENGLISH, "Ana", 0));
        smtp().deliver(withoutDeadline(notification(NotificationKind.REMINDER, Language.ENGLISH, "Ana", 0)));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(textOf(received[0], "text/plain")).contains("Puede cambiar o cancelar su cita en línea hasta el"
                + " domingo, 29 de noviembre de 2026 a las 09:00, hora del Centro", "http://citas.test/manage");
        assertThat(textOf(received[1], "text/plain")).contains("Su cita ya no se puede cambiar ni cancelar en línea",
                "Si no puede asistir, comuníquese con la oficina", "http://citas.test/manage")
                .doesNotContain("Puede cambiar o cancelar");
        assertThat(received[1].getSubject()).isEqualTo("Recordatorio: su cita 7KX2M9QD es el lunes, 30 de noviembre"
                + " de 2026, 09:00");
        assertThat(textOf(received[2], "text/plain")).contains("You can change or cancel your appointment online"
                + " until Sunday, November 29, 2026 at 09:00, Mexico Central Time.");
        assertThat(textOf(received[3], "text/html")).contains("can no longer be changed or cancelled online",
                "If you cannot come, contact the office").doesNotContain("You can change or cancel");
    }

    @Test
    void the_cancellation_speaks_of_the_attached_file_only_as_removing_it_and_links_to_booking_again()
            throws Exception {
        smtp().deliver(notification(NotificationKind.CANCELLATION, Language.SPANISH, "Ana", 1));
        smtp().deliver(notification(NotificationKind.REMINDER, Language.SPANISH, "Ana", 1));

        MimeMessage cancellation = SMTP.getReceivedMessages()[0];
        String text = textOf(cancellation, "text/plain");
        assertThat(text).contains("Su cita fue cancelada", "puede reservar una cita nueva en:\nhttp://citas.test/\n",
                "El archivo de calendario adjunto (.ics) quita la cita de su agenda")
                .doesNotContain("Adjuntamos", "Llegue 10 minutos", "http://citas.test/manage", "Puede cambiar");
        assertThat(textOf(cancellation, "text/html")).contains("href=\"http://citas.test/\"");
        assertThat(parts(cancellation)).noneMatch(p -> isType(p, "application/pdf"));
        MimeMessage reminder = SMTP.getReceivedMessages()[1];
        assertThat(parts(reminder)).noneMatch(p -> isType(p, "text/calendar") || isType(p, "application/pdf"));
        assertThat(textOf(reminder, "text/plain") + textOf(reminder, "text/html")).doesNotContain("adjunt", ".ics");
    }

    @Test
    void staff_s_reason_is_shown_when_they_cancel_or_move_it() throws Exception {
        smtp().deliver(withReason(notification(NotificationKind.CANCELLED_BY_OFFICE, Language.SPANISH, "Ana", 1),
                "Falla eléctrica en la oficina"));
        smtp().deliver(withReason(notification(NotificationKind.RESCHEDULE, Language.ENGLISH, "Ana", 1),
                "The officer is ill"));

        MimeMessage cancelled = SMTP.getReceivedMessages()[0];
        assertThat(cancelled.getSubject()).isEqualTo("Disculpe: la oficina canceló su cita 7KX2M9QD del lunes, 30"
                + " de noviembre de 2026");
        assertThat(textOf(cancelled, "text/plain")).contains("Le pedimos una disculpa: la oficina tuvo que cancelar"
                + " su cita del lunes, 30 de noviembre de 2026", "Motivo: Falla eléctrica en la oficina",
                "http://citas.test/").doesNotContain("cerrada");
        assertThat(textOf(cancelled, "text/html")).contains("Falla eléctrica en la oficina");
        assertThat(textOf(SMTP.getReceivedMessages()[1], "text/plain")).contains("Reason: The officer is ill",
                "new date or time");
    }

    @Test
    void the_confirmation_and_a_move_carry_the_pdf_proof_beside_the_invitation() throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.SPANISH, "Ana", 0));
        smtp().deliver(notification(NotificationKind.RESCHEDULE, Language.SPANISH, "Ana", 1));

        for (MimeMessage message : SMTP.getReceivedMessages()) {
            String subject = message.getSubject();
            Part proof = parts(message).stream().filter(p -> isType(p, "application/pdf")).findFirst()
                    .orElseThrow(() -> new AssertionError("no PDF in " + subject));
            assertThat(proof.getFileName()).isEqualTo("comprobante-7KX2M9QD.pdf");
            assertThat(proof.getDisposition()).isEqualTo(Part.ATTACHMENT);
            try (InputStream in = proof.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("7KX2M9QD", "Comprobante de cita");
            }
            assertThat(parts(message)).anyMatch(p -> isType(p, "text/calendar"));
            assertThat(textOf(message, "text/plain")).contains("comprobante de cita en PDF");
        }
        assertThat(textOf(SMTP.getReceivedMessages()[1], "text/plain"))
                .contains("La invitación de calendario adjunta (.ics) reemplaza a la anterior");
    }

    @Test
    void the_confirmation_carries_a_valid_invitation_in_the_office_zone_and_everything_to_bring() throws Exception {
        smtp().deliver(notification(NotificationKind.CONFIRMATION, Language.ENGLISH, "Ana", 0));

        MimeMessage received = only();
        assertThat(received.getSubject()).startsWith("Appointment confirmed 7KX2M9QD");
        String text = textOf(received, "text/plain");
        assertThat(text).contains("Monday, November 30, 2026", "Time: 09:00, Mexico Central Time\n",
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
        assertThat(apology.getSubject()).isEqualTo("Disculpe: la oficina estará cerrada el lunes, 30 de noviembre"
                + " de 2026 y su cita 7KX2M9QD fue cancelada");
        String text = textOf(apology, "text/plain");
        assertThat(text).contains("Hola, Ana:", "Le pedimos una disculpa: la oficina estará cerrada el lunes, 30 de"
                + " noviembre de 2026, el día de su cita", "su cita fue cancelada y el lugar no se conserva",
                "7KX2M9QD", "Hora: 09:00, hora del Centro", "Oficina de Representación Ciudad de México",
                "puede reservar una cita nueva en:\nhttp://citas.test/")
                .doesNotContain("Llegue 10 minutos", "Pasaporte vigente", "http://citas.test/manage", "Motivo");
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
                + " 2026, the day of your appointment", "cancelled and the place is not kept",
                "Time: 09:00, Mexico Central Time", "book a new appointment at:\nhttp://citas.test/")
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

    /** The same notification sent once the online change deadline has passed. */
    private static Notification withoutDeadline(Notification n) {
        return new Notification(n.messageId(), n.kind(), n.language(), n.recipient(), n.applicantName(),
                n.confirmationCode(), n.verificationCode(), n.holdExpiresAt(), n.officeName(), n.officeAddress(),
                n.start(), n.end(), n.procedureName(), n.requirements(), n.sequence(), n.nationality(),
                n.maskedPassport(), null, n.reason(), n.linkKey());
    }

    /** The same notification with staff's reason. */
    private static Notification withReason(Notification n, String reason) {
        return new Notification(n.messageId(), n.kind(), n.language(), n.recipient(), n.applicantName(),
                n.confirmationCode(), n.verificationCode(), n.holdExpiresAt(), n.officeName(), n.officeAddress(),
                n.start(), n.end(), n.procedureName(), n.requirements(), n.sequence(), n.nationality(),
                n.maskedPassport(), n.changeDeadline(), reason, n.linkKey());
    }

    private static Notification notification(NotificationKind kind, Language language, String name, int sequence) {
        boolean english = language == Language.ENGLISH;
        return new Notification("msg-1", kind, language, "ana@ejemplo.mx", name, "7KX2M9QD",
                kind == NotificationKind.VERIFICATION ? "482913" : null, START.minusDays(3).withHour(9).withMinute(15),
                "Oficina de Representación Ciudad de México", "Centro, Ciudad de México", START,
                START.plusMinutes(30),
                english ? "Exchange of visa" : "Canje de visa",
                english ? List.of("Valid passport", "Proof of payment") : List.of("Pasaporte vigente", "Pago"),
                sequence, "GTM", "*****567", START.minusDays(1), null,
                kind == NotificationKind.VERIFICATION ? LINK_KEY : null);
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
                // SMTP carries CRLF line ends: compare lines as written
                return (content instanceof String s ? s : GreenMailUtil.getBody(part)).replace("\r\n", "\n");
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
