package mx.gob.inm.citas.adapters.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The RFC 5545 invitation attached to confirmations, moves and cancellations: one UID per appointment, a
 * SEQUENCE that grows with each version, times in the office's own zone (with its VTIMEZONE), a reminder alarm,
 * and {@code METHOD:CANCEL} when the appointment is cancelled (by the applicant or by the office).
 */
final class CalendarInvitation {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvitation() {
    }

    static boolean isAttachedTo(NotificationKind kind) {
        return kind == NotificationKind.CONFIRMATION || kind == NotificationKind.RESCHEDULE || cancels(kind);
    }

    /** Whether the notification tells of a cancellation, by the applicant or by the office: METHOD:CANCEL. */
    static boolean cancels(NotificationKind kind) {
        return kind == NotificationKind.CANCELLATION || kind == NotificationKind.CANCELLED_BY_OFFICE;
    }

    /** The invitation a notification carries: METHOD:REQUEST, or METHOD:CANCEL for a cancellation. */
    static Calendar of(Notification n, MailSettings settings, String summary, String description, Instant now) {
        return build(n, settings, summary, description, now, false);
    }

    /**
     * The same event for downloading from the site (METHOD:PUBLISH, no attendee): same UID and SEQUENCE, so a
     * calendar that imported it recognises the e-mailed updates as the same appointment.
     */
    static Calendar published(Notification n, MailSettings settings, String summary, String description,
            Instant now) {
        return build(n, settings, summary, description, now, true);
    }

    private static Calendar build(Notification n, MailSettings settings, String summary, String description,
            Instant now, boolean published) {
        boolean cancelled = cancels(n.kind());
        VEvent event = new VEvent(n.start(), n.end(), summary);
        event.add(new Uid(n.confirmationCode() + "@" + settings.domain()));
        event.add(new Sequence(n.sequence()));
        event.replace(new DtStamp(now));
        event.add(new Location(n.officeName() + ", " + n.officeAddress()));
        event.add(new Description(description));
        event.add(new Organizer("mailto:" + bareAddress(settings.from())));
        if (!published) {
            event.add(new Attendee("mailto:" + n.recipient()));
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (!cancelled) {
            VAlarm alarm = new VAlarm(Duration.ofHours(-2));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary));
            event.add(alarm);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Instituto Nacional de Migracion//Citas INM//ES"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(published ? ImmutableMethod.PUBLISH
                : cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        TimeZone zone = ZONES.getTimeZone(n.start().getZone().getId());
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(event);
        return calendar;
    }

    static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String bareAddress(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).strip() : from.strip();
    }
}
