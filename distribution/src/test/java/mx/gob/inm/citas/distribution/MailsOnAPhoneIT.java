package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import mx.gob.inm.citas.adapters.mail.MailNotifications;
import mx.gob.inm.citas.adapters.mail.MailSettings;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The HTML mails as a phone shows them: every kind, as the mail adapter writes it, opened in headless Chromium 360
 * px wide (Spanish) and 390 px wide (English): nothing wider than the screen, no serious accessibility violation,
 * a screenshot of each under {@code target/screenshots/mail-*}.
 */
class MailsOnAPhoneIT {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0,
            ZoneId.of("America/Cancun"));

    @TempDir
    Path outbox;

    @BeforeAll
    static void a_browser_is_installed() {
        // not skipped when missing: a browser test that quietly does not run proves nothing
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
    }

    @Test
    void every_mail_fits_a_360_px_phone_in_spanish() throws Exception {
        everyMailFits(Language.SPANISH, 360);
    }

    @Test
    void every_mail_fits_a_390_px_phone_in_english() throws Exception {
        everyMailFits(Language.ENGLISH, 390);
    }

    private void everyMailFits(Language language, int width) throws Exception {
        MailNotifications mails = new MailNotifications(new MailSettings(Optional.empty(), 25, Optional.empty(),
                Optional.empty(), false, "Citas INM <no-responder@citas.inm.gob.mx>",
                "https://citas.inm.gob.mx", outbox), Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"),
                ZoneOffset.UTC));
        try (Browser browser = new Browser("mail-" + language.tag() + "-" + width, language.tag(), width, 1400)) {
            for (NotificationKind kind : NotificationKind.values()) {
                Notification n = notification(kind, language);
                mails.deliver(n);
                Path page = outbox.resolve(n.messageId() + ".html");
                Files.writeString(page, html(outbox.resolve(n.messageId() + ".eml")));
                browser.open(page.toUri().toString());

                assertThat(browser.lang()).isEqualTo(language.tag());
                long overflow = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("sideways scroll of the %s mail at %d px", kind, width)
                        .isLessThanOrEqualTo(0L);
                browser.checkStep(kind.name().toLowerCase());
            }
        }
    }

    private static Notification notification(NotificationKind kind, Language language) {
        boolean english = language == Language.ENGLISH;
        return new Notification("mail-" + kind.name().toLowerCase() + "-" + language.tag(), kind, language,
                "ana.maria@ejemplo.mx", "Ana María Guadalupe Hernández de la Fuente", "7KX2M9QD",
                kind == NotificationKind.VERIFICATION ? "482913" : null, START.minusDays(6).withHour(9),
                "Oficina de Representación del INM en Cancún, Quintana Roo",
                "Av. Nader 1, Supermanzana 2, Centro, 77500 Cancún, Quintana Roo", START, START.plusMinutes(30),
                english ? "Exchange of visa for temporary resident card"
                        : "Canje de visa por tarjeta de residente temporal",
                english ? List.of("Valid passport or identity and travel document, original and copy",
                        "Proof of payment of fees") : List.of("Pasaporte o documento de identidad y viaje vigente,"
                        + " original y copia", "Comprobante de pago de derechos"),
                kind == NotificationKind.VERIFICATION ? 0 : 1, "GTM", "*****567",
                kind == NotificationKind.REMINDER ? null : START.minusDays(1),
                kind == NotificationKind.RESCHEDULE ? (english ? "The officer is ill" : "Personal enfermo") : null,
                kind == NotificationKind.VERIFICATION ? "Zk3q_Jx8Lm2Np5Rt7Vw9Yb1Cd4Fg6Hj0Ks3Mq5Pu8Xa" : null);
    }

    private static String html(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            String html = htmlOf(new MimeMessage(Session.getInstance(new Properties()), in));
            assertThat(html).as("an HTML part in " + eml).isNotNull();
            return html;
        }
    }

    private static String htmlOf(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            Object content = part.getContent();
            return content instanceof String s ? s
                    : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = htmlOf(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
