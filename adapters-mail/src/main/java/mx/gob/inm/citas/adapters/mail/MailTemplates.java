package mx.gob.inm.citas.adapters.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.office.ZoneName;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification as a subject, an HTML body (escaped by Thymeleaf's HTML mode) and a plain-text body, from
 * the templates and the message bundles in {@code mail/}, in the applicant's language.
 */
final class MailTemplates {

    /** What a rendered notification says. */
    record RenderedMail(String subject, String html, String text, String calendarSummary, String calendarDescription) {
    }

    private static final String BUNDLE = "mail.messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    RenderedMail render(Notification n, MailSettings settings) {
        Locale locale = n.language().locale();
        NotificationKind kind = n.kind();
        String zoneName = ZoneName.of(n.start().getZone(), n.language());
        String date = date(n.start(), locale);
        String time = TIME.format(n.start());
        boolean byStaff = n.reason() != null;
        // {0}: the code the applicant needs now (the verification code, else the confirmation code); {1}: when;
        // {2}: the day alone
        String subjectKey = "subject." + kind.name()
                + (kind == NotificationKind.CANCELLED_BY_OFFICE && byStaff ? ".reason" : "");
        String subject = message(locale, subjectKey,
                n.verificationCode() != null ? n.verificationCode() : n.confirmationCode(), date + ", " + time, date);
        Context model = new Context(locale);
        model.setVariable("n", n);
        model.setVariable("kind", kind.name());
        model.setVariable("lang", n.language().tag());
        model.setVariable("subject", subject);
        model.setVariable("introKey", kind.name().toLowerCase(Locale.ROOT)
                + (kind == NotificationKind.CANCELLED_BY_OFFICE && byStaff ? ".reason" : "") + ".intro");
        model.setVariable("date", date);
        model.setVariable("timeWithZone", time + ", " + zoneName);
        model.setVariable("zoneName", zoneName);
        model.setVariable("holdUntil", TIME.format(n.holdExpiresAt()));
        // the online change deadline, said in every mail: null once it has passed
        model.setVariable("deadlineDate", n.changeDeadline() == null ? null : date(n.changeDeadline(), locale));
        model.setVariable("deadlineTime", n.changeDeadline() == null ? null : TIME.format(n.changeDeadline()));
        model.setVariable("reason", n.reason());
        model.setVariable("manageUrl", settings.baseUrl() + "/manage");
        // where to book again: the public site's first page
        model.setVariable("bookUrl", settings.baseUrl() + "/");
        model.setVariable("confirmUrl", n.linkKey() == null ? null : confirmUrl(n, settings));
        model.setVariable("cancelled", CalendarInvitation.cancels(kind));
        model.setVariable("attachedKey", !CalendarInvitation.isAttachedTo(kind) ? null
                : CalendarInvitation.cancels(kind) ? "calendar.cancels"
                : kind == NotificationKind.RESCHEDULE ? "calendar.replaces" : "calendar.attached");
        model.setVariable("proofAttached", PdfAppointmentProofs.isAttachedTo(kind));
        return new RenderedMail(subject, html.process("notification", model), text.process("notification", model),
                calendarSummary(n), calendarDescription(n, settings));
    }

    /**
     * The page where one press confirms the hold (a GET shows it, only the press changes anything): the contract
     * with the public site is {@code /confirm?code=<confirmation code>&key=<link key>}.
     */
    static String confirmUrl(Notification n, MailSettings settings) {
        return settings.baseUrl() + "/confirm?code=" + URLEncoder.encode(n.confirmationCode(), StandardCharsets.UTF_8)
                + "&key=" + URLEncoder.encode(n.linkKey(), StandardCharsets.UTF_8);
    }

    private static String date(ZonedDateTime when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(when);
    }

    String calendarSummary(Notification n) {
        return message(n.language().locale(), "calendar.summary", n.procedureName());
    }

    String calendarDescription(Notification n, MailSettings settings) {
        return message(n.language().locale(), "calendar.description", n.confirmationCode(),
                settings.baseUrl() + "/manage");
    }

    private static String message(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        templates.setPrefix("mail/");
        templates.setSuffix(suffix);
        templates.setTemplateMode(mode);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new BundleMessages());
        return engine;
    }

    /** Resolves {@code #{key(args)}} from {@code mail/messages_xx.properties}. */
    private static final class BundleMessages extends AbstractMessageResolver {

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            try {
                return message(context.getLocale(), key, arguments == null ? new Object[0] : arguments);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                Object[] arguments) {
            return "??" + key + "??";
        }
    }
}
