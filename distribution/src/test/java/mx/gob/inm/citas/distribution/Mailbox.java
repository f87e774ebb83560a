package mx.gob.inm.citas.distribution;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * A real SMTP server (GreenMail) on the port the build reserved and gave the application under test, and what the
 * end-to-end tests read from the messages it received.
 */
final class Mailbox implements AutoCloseable {

    private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/confirm\\?code=[^\\s&]+&key=[^\\s&]+");

    private final GreenMail smtp;

    Mailbox() {
        int port = Integer.parseInt(System.getProperty("citas.it.smtp.port", "3025"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
    }

    /** The messages sent to {@code recipient}, once there are at least {@code count} (waits up to a minute). */
    List<MimeMessage> awaitMail(String recipient, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mine = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient))) {
                    mine.add(message);
                }
            }
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " messages reached " + recipient + " in 60 s");
    }

    /** The 6-digit verification code of a verification message (it stands alone on its line). */
    static String verificationCode(MimeMessage message) throws Exception {
        Matcher digits = SIX_DIGITS.matcher(text(message));
        if (!digits.find()) {
            throw new AssertionError("no 6-digit code in the message");
        }
        return digits.group(1);
    }

    /**
     * The query ({@code code=…&key=…}) of the confirm link of a verification message, as the mail says it (the mail
     * names the configured base address; the test's server listens on a port of its own).
     */
    static String confirmLinkQuery(MimeMessage message) throws Exception {
        Matcher link = CONFIRM_LINK.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("no confirm link in the message");
        }
        return java.net.URI.create(link.group()).getRawQuery();
    }

    static String text(MimeMessage message) throws Exception {
        for (Part part : parts(message)) {
            if (part.isMimeType("text/plain")) {
                Object content = part.getContent();
                return content instanceof String s ? s : GreenMailUtil.getBody(part);
            }
        }
        throw new AssertionError("no text part");
    }

    static Calendar calendarOf(MimeMessage message) throws Exception {
        for (Part part : parts(message)) {
            if (part.isMimeType("text/calendar")) {
                Object content = part.getContent();
                String ics = content instanceof String s ? s
                        : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
                return new CalendarBuilder().build(new StringReader(ics));
            }
        }
        throw new AssertionError("no calendar attached");
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

    @Override
    public void close() {
        smtp.stop();
    }
}
