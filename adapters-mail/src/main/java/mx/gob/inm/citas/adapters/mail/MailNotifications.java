package mx.gob.inm.citas.adapters.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.Notifications;

/**
 * Adapter: sends applicant notifications as multipart e-mails (plain text and HTML, plus the calendar invitation,
 * and the PDF proof of the appointment with a confirmation or a move) through SMTP, or writes them as {@code .eml} files in the outbox directory when no SMTP server is configured.
 * The Message-ID comes from the outbox message, so a retried message is the same message.
 */
@ApplicationScoped
public class MailNotifications implements Notifications {

    private final MailSettings settings;
    private final Clock clock;
    private final MailTemplates templates = new MailTemplates();
    private final PdfAppointmentProofs proofs = new PdfAppointmentProofs();
    private volatile Session session;

    @Inject
    public MailNotifications(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        MailStreams.nameTheProvider();
    }

    /** For the CDI proxy only. */
    protected MailNotifications() {
        this(null, null);
    }

    @Override
    public void deliver(Notification notification) {
        try {
            MimeMessage message = compose(notification);
            if (settings.host().isPresent()) {
                Transport.send(message);
            } else {
                writeToOutboxDirectory(notification, message);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("The mail server refused or could not be reached: " + e.getMessage(), e);
        }
    }

    MimeMessage compose(Notification n) throws MessagingException {
        MailTemplates.RenderedMail mail = templates.render(n, settings);
        MimeMessage message = new StableIdMessage(session(), "<" + n.messageId() + "@" + settings.domain() + ">");
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(n.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", n.language().tag());
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        if (!CalendarInvitation.isAttachedTo(n.kind())) {
            message.setContent(alternative);
            return message;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        String method = CalendarInvitation.cancels(n.kind()) ? "CANCEL" : "REQUEST";
        MimeBodyPart invitation = new MimeBodyPart();
        invitation.setContent(CalendarInvitation.text(CalendarInvitation.of(n, settings, mail.calendarSummary(),
                mail.calendarDescription(), clock.instant())),
                "text/calendar; charset=UTF-8; method=" + method + "; name=\"cita-inm.ics\"");
        invitation.setFileName("cita-inm.ics");
        mixed.addBodyPart(invitation);
        if (PdfAppointmentProofs.isAttachedTo(n.kind())) {
            MimeBodyPart proof = new MimeBodyPart();
            proof.setDataHandler(new DataHandler(new ByteArrayDataSource(proofs.proofOf(n), "application/pdf")));
            proof.setFileName(PdfAppointmentProofs.fileName(n));
            proof.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(proof);
        }
        message.setContent(mixed);
        return message;
    }

    /** One file per message id, written whole or not at all, never twice. */
    private void writeToOutboxDirectory(Notification n, MimeMessage message) throws MessagingException {
        try {
            Files.createDirectories(settings.outboxDir());
            Path target = settings.outboxDir().resolve(n.messageId() + ".eml");
            if (Files.exists(target)) {
                return;
            }
            Path partial = Files.createTempFile(settings.outboxDir(), n.messageId(), ".part");
            // Buffered: a MIME message is written in many small pieces, one system call each otherwise.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 16 * 1024)) {
                message.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the message to " + settings.outboxDir(), e);
        }
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            settings.host().ifPresent(host -> properties.put("mail.smtp.host", host));
            properties.put("mail.smtp.port", String.valueOf(settings.port()));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
            Authenticator authenticator = null;
            if (settings.user().isPresent()) {
                properties.put("mail.smtp.auth", "true");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
                    }
                };
            }
            session = Session.getInstance(properties, authenticator);
        }
        return session;
    }

    /** A message whose Message-ID is the outbox message's, not a fresh one per attempt. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
