package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * When a confirmed appointment's reminders go out: one at each {@code lead} before it (by default 72 hours, while
 * it can still be changed online, and 24 hours, the day before). Each lead has its window: from its time until the
 * next shorter lead's, so an appointment is in at most one window at a time and a reminder whose time passed while
 * none could be sent gives way to the next one instead of two arriving together. A reminder is not needed when the
 * applicant was told of that start after its time had come (confirmed or moved inside the window): the
 * confirmation just said it all. No leads: no reminders.
 */
public record ReminderSchedule(List<Duration> leads) {

    /** 72 hours and 24 hours before. */
    public static final ReminderSchedule DEFAULT = ofHours(72, 24);

    /** The window of one lead at a moment: appointments starting in [{@code from}, {@code to}) are due for it. */
    public record Window(Duration lead, Instant from, Instant to) {
    }

    public ReminderSchedule {
        require(leads != null, "reminders.required", "The reminder leads are required");
        List<Duration> sorted = new ArrayList<>(leads);
        require(sorted.stream().allMatch(lead -> lead != null && !lead.isNegative() && !lead.isZero()),
                "reminders.notPositive", "A reminder goes out a positive time before the appointment (asked: "
                        + leads + ")", leads);
        require(new HashSet<>(sorted).size() == sorted.size(), "reminders.repeated",
                "Each reminder lead once (asked: " + leads + ")", leads);
        sorted.sort(Comparator.reverseOrder());
        leads = List.copyOf(sorted);
    }

    public static ReminderSchedule ofHours(int... hours) {
        List<Duration> leads = new ArrayList<>();
        for (int h : hours) {
            leads.add(Duration.ofHours(h));
        }
        return new ReminderSchedule(leads);
    }

    /** Each lead's window at {@code now}, longest lead first; none overlap. */
    public List<Window> windows(Instant now) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            Duration shorter = i + 1 < leads.size() ? leads.get(i + 1) : Duration.ZERO;
            windows.add(new Window(leads.get(i), now.plus(shorter), now.plus(leads.get(i))));
        }
        return windows;
    }

    /** The lead whose reminder is due at {@code now} for an appointment starting at {@code start}; none after it. */
    public Optional<Duration> dueLead(Instant start, Instant now) {
        return windows(now).stream().filter(w -> !start.isBefore(w.from()) && start.isBefore(w.to()))
                .map(Window::lead).findFirst();
    }

    /**
     * Whether the reminder of {@code lead} still tells the applicant something: not when they were last told of
     * this start ({@code lastTold}: confirmed, moved or reminded) once its time had come.
     */
    public boolean isNeeded(Duration lead, Instant start, Optional<Instant> lastTold) {
        return lastTold.map(told -> told.isBefore(start.minus(lead))).orElse(true);
    }
}
