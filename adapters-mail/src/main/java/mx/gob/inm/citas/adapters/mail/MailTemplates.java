package mx.gob.inm.citas.adapters.mail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import mx.gob.inm.citas.application.port.out.Notification;
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
        String kind = n.kind().name();
        String manageUrl = settings.baseUrl() + "/manage";
        String zoneName = n.start().getZone().getDisplayName(TextStyle.FULL, locale) + ", "
                + n.start().getZone().getId();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(n.start());
        String time = TIME.format(n.start());
        // {0}: the code the applicant needs now (the verification code, else the confirmation code); {1}: when;
        // {2}: the day alone
        String subject = message(locale, "subject." + kind,
                n.verificationCode() != null ? n.verificationCode() : n.confirmationCode(), date + ", " + time, date);
        Context model = new Context(locale, Map.ofEntries(
                Map.entry("n", n),
                Map.entry("kind", kind),
                Map.entry("lang", n.language().tag()),
                Map.entry("subject", subject),
                Map.entry("date", date),
                Map.entry("time", time),
                Map.entry("zoneName", zoneName),
                Map.entry("holdUntil", TIME.format(n.holdExpiresAt())),
                Map.entry("manageUrl", manageUrl),
                // where to book again: the public site's first page
                Map.entry("bookUrl", settings.baseUrl() + "/"),
                Map.entry("cancelled", CalendarInvitation.cancels(n.kind())),
                Map.entry("attached", CalendarInvitation.isAttachedTo(n.kind()))));
        return new RenderedMail(subject, html.process("notification", model), text.process("notification", model),
                calendarSummary(n), calendarDescription(n, settings));
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
