package mx.gob.inm.citas.boot;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.application.port.in.AnonymisePersonalDataUseCase;
import mx.gob.inm.citas.application.port.in.DispatchNotificationsUseCase;
import mx.gob.inm.citas.application.port.in.ExpireHoldsUseCase;
import mx.gob.inm.citas.application.port.in.OpenSlotsAheadUseCase;
import mx.gob.inm.citas.application.port.in.RecordCapacitySnapshotsUseCase;
import mx.gob.inm.citas.application.port.in.SpendChallengeUseCase;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recurring work of a running instance: send the outbox, release unverified holds, queue the reminders due
 * ({@code CITAS_REMINDER_HOURS}), anonymise old appointments, open the slots of the booking window ahead of their
 * holds. Every instance runs it; the database's leases, conditional updates and versions keep
 * each piece of work single.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    /** How often the reminders due are queued. */
    private static final int REMINDER_SECONDS = 300;
    /** The slots of the booking window are opened soon after start, then as each new day enters it. */
    private static final int OPEN_SLOTS_FIRST_SECONDS = 5;
    private static final int OPEN_SLOTS_SECONDS = 900;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SpendChallengeUseCase challenges;

    @Inject
    DispatchNotificationsUseCase notifications;

    @Inject
    ExpireHoldsUseCase holds;

    @Inject
    AnonymisePersonalDataUseCase personalData;

    @Inject
    RecordCapacitySnapshotsUseCase capacitySnapshots;

    @Inject
    OpenSlotsAheadUseCase slotsAhead;

    /** This instance in the job leases: a new name at every start, so a restarted instance is another holder. */
    private final String instance = UUID.randomUUID().toString();

    @Inject
    @ConfigProperty(name = "citas.mail.dispatch-seconds", defaultValue = "5")
    int dispatchSeconds;

    @Inject
    @ConfigProperty(name = "citas.booking.expiry-sweep-seconds", defaultValue = "15")
    int expirySeconds;

    /** How often personal data past its retention is looked for; the job's lease lasts two periods. */
    @Inject
    @ConfigProperty(name = "citas.privacy.anonymise-seconds", defaultValue = "3600")
    int anonymiseSeconds;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    /** Starts the recurring work; called once the database is ready. */
    synchronized void start() {
        if (!tasks.isEmpty()) {
            return;
        }
        if (anonymiseSeconds < 1) {
            throw new IllegalArgumentException("CITAS_PRIVACY_ANONYMISE_SECONDS must be 1 or more, not "
                    + anonymiseSeconds);
        }
        LOG.info("Citas INM: this instance holds job leases as " + instance);
        tasks.add(every(dispatchSeconds, "sending notifications", notifications::dispatchDue));
        tasks.add(every(expirySeconds, "releasing expired holds", this::expireHolds));
        tasks.add(every(REMINDER_SECONDS, "queueing reminders",
                () -> notifications.queueReminders(instance, leaseOf(REMINDER_SECONDS))));
        tasks.add(every(anonymiseSeconds, "anonymising personal data", this::anonymisePersonalData));
        tasks.add(every(300, "forgetting expired challenges", challenges::forgetExpired));
        tasks.add(every(600, "recording the nightly capacity snapshots", this::recordCapacitySnapshots));
        tasks.add(every(OPEN_SLOTS_FIRST_SECONDS, OPEN_SLOTS_SECONDS, "opening the slots of the booking window",
                this::openSlotsAhead));
    }

    @PreDestroy
    synchronized void stop() {
        tasks.forEach(task -> task.cancel(false));
        tasks.clear();
    }

    /**
     * Releases batch after batch until none is left (or the sweep has run for most of its period), so that
     * thousands of holds expiring at once are free again within one period, not 200 per sweep.
     */
    void expireHolds() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, expirySeconds - 2L));
        List<ConfirmationCode> batch = holds.expiredHolds(instance, leaseOf(expirySeconds));
        while (!batch.isEmpty()) {
            int released = 0;
            for (ConfirmationCode code : batch) {
                try {
                    released += holds.expire(code) ? 1 : 0;
                } catch (RuntimeException lostRaceOrFailed) {
                    // another instance released it first, or it will be retried on the next sweep
                    LOG.log(Level.FINE, "Hold " + code + " not released now", lostRaceOrFailed);
                }
            }
            if (released == 0 || System.nanoTime() - until > 0) {
                return;
            }
            batch = holds.expiredHolds(instance, leaseOf(expirySeconds));
        }
    }

    /** Batch after batch, each its own transaction, while this instance holds the job's lease and any is due. */
    private void anonymisePersonalData() {
        int total = 0;
        int batch;
        do {
            batch = personalData.anonymiseNextBatch(instance, Duration.ofSeconds(2L * anonymiseSeconds));
            total += batch;
        } while (batch > 0);
        if (total > 0) {
            LOG.info("Citas INM: anonymised the personal data of " + total + " appointments past their retention");
        }
    }

    /**
     * Every 10 minutes: each office's day is recorded in the first run after 01:00 at the office, each office-day in
     * its own transaction, so that one failing is tried again next time without holding back the others.
     */
    private void recordCapacitySnapshots() {
        int recorded = 0;
        for (RecordCapacitySnapshotsUseCase.OfficeDay day : capacitySnapshots.due(instance)) {
            try {
                recorded += capacitySnapshots.record(instance, day) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Citas INM: the capacity snapshot of " + day + " failed; trying again in 600 s",
                        e);
            }
        }
        if (recorded > 0) {
            LOG.info("Citas INM: recorded the capacity snapshots of " + recorded + " office-days");
        }
    }

    /**
     * Each office on its own, so that one failing leaves the others' slots opened. Every instance does it (opening a
     * slot twice changes nothing), and a slot not opened yet is still booked: its first hold opens it.
     */
    void openSlotsAhead() {
        long started = System.nanoTime();
        int slots = 0;
        for (OfficeId office : slotsAhead.offices()) {
            try {
                slots += slotsAhead.open(office);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Citas INM: opening the slots of office " + office + " failed; trying again in "
                        + OPEN_SLOTS_SECONDS + " s", e);
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int open = slots;
        LOG.fine(() -> "Citas INM: " + open + " slots of the booking window open, in " + millis + " ms");
    }

    /**
     * A job's lease lasts three of its periods: the instance doing it renews it each time, one late run does not lose
     * it, and when that instance stops another takes the job over within three periods and one more.
     */
    static Duration leaseOf(int periodSeconds) {
        return Duration.ofSeconds(3L * Math.max(1, periodSeconds));
    }

    private ScheduledFuture<?> every(int seconds, String what, Runnable work) {
        return every(seconds, seconds, what, work);
    }

    private ScheduledFuture<?> every(int firstSeconds, int seconds, String what, Runnable work) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Citas INM: " + what + " failed; trying again in " + seconds + " s", e);
            }
        }, firstSeconds, seconds, TimeUnit.SECONDS);
    }
}
