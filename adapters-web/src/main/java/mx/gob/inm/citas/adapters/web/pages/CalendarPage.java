package mx.gob.inm.citas.adapters.web.pages;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import mx.gob.inm.citas.application.port.in.FindAvailabilityUseCase;
import mx.gob.inm.citas.domain.shared.DomainException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What the booking page and the manage page share: the month calendar of one office and procedure (month to
 * month, a day, a free time of that day) and the download of a confirmed appointment's calendar file.
 */
public abstract class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FindAvailabilityUseCase availability;

    SlotPicker picker;

    /** A free time of the shown calendar was chosen. */
    protected abstract void timeChosen(ZonedDateTime start);

    /** The chosen day changed, or the time asked for is no longer free: forget any time chosen before. */
    protected void timeForgotten() {
    }

    public void previousMonth() {
        guarded(() -> picker.previousMonth(availability));
    }

    public void nextMonth() {
        guarded(() -> picker.nextMonth(availability));
    }

    public void showNextFree() {
        guarded(() -> picker.showNextFree(availability));
    }

    public void selectDay(String isoDate) {
        try {
            picker.select(LocalDate.parse(isoDate));
        } catch (DateTimeException | NullPointerException malformed) {
            picker.select(null);
        }
        timeForgotten();
    }

    /** A time of the chosen day; when someone else took its last place since it was shown, says so and reloads. */
    public void chooseTime(String isoInstant) {
        Optional<ZonedDateTime> free;
        try {
            free = picker.freeStart(Instant.parse(isoInstant));
        } catch (DateTimeException | NullPointerException malformed) {
            Texts.error(null, "refusal.NOT_A_SLOT");
            return;
        }
        if (free.isPresent()) {
            timeChosen(free.get());
        } else {
            Texts.error(null, "refusal.SLOT_FULL");
            timeForgotten();
            reloadCalendar();
        }
    }

    void reloadCalendar() {
        guarded(() -> picker.load(availability));
    }

    public SlotPicker getPicker() {
        return picker;
    }

    /** Runs a step; a refusal from the domain becomes the page's message. */
    static void guarded(Runnable step) {
        try {
            step.run();
        } catch (DomainException refused) {
            Refusals.show(null, refused);
        }
    }

    /** The proof of the appointment as a PDF, or nothing (and the refusal as the page's message). */
    static StreamedContent proofDownload(String confirmationCode, Supplier<byte[]> proofFile) {
        byte[] pdf;
        try {
            pdf = proofFile.get();
        } catch (DomainException refused) {
            Refusals.show(null, refused);
            return null;
        }
        return DefaultStreamedContent.builder().name("cita-inm-" + confirmationCode + ".pdf")
                .contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The appointment's .ics, or nothing (and the refusal as the page's message) when it is not confirmed now. */
    static StreamedContent calendarDownload(String confirmationCode, Supplier<String> calendarFile) {
        String ics;
        try {
            ics = calendarFile.get();
        } catch (DomainException refused) {
            Refusals.show(null, refused);
            return null;
        }
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("cita-inm-" + confirmationCode + ".ics")
                .contentType("text/calendar; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
