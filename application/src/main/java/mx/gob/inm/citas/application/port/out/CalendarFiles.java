package mx.gob.inm.citas.application.port.out;

/** Out-port: writes an appointment as an iCalendar (RFC 5545) file the applicant can download. */
public interface CalendarFiles {

    /** The {@code .ics} text of the appointment the notification describes, with the e-mailed invitation's UID. */
    String calendarOf(Notification appointment);
}
