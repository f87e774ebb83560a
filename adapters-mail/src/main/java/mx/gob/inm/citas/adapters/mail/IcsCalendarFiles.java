package mx.gob.inm.citas.adapters.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import mx.gob.inm.citas.application.port.out.CalendarFiles;
import mx.gob.inm.citas.application.port.out.Notification;

/** Adapter: the downloadable {@code .ics} of an appointment, built with ical4j like the e-mailed invitations. */
@ApplicationScoped
public class IcsCalendarFiles implements CalendarFiles {

    private final MailSettings settings;
    private final Clock clock;
    private final MailTemplates templates = new MailTemplates();

    @Inject
    public IcsCalendarFiles(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected IcsCalendarFiles() {
        this(null, null);
    }

    @Override
    public String calendarOf(Notification appointment) {
        return CalendarInvitation.text(CalendarInvitation.published(appointment, settings,
                templates.calendarSummary(appointment), templates.calendarDescription(appointment, settings),
                clock.instant()));
    }
}
