package mx.gob.inm.citas.application.port.out;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Out-port: what the dashboards' floor figures are made of, from the visits, their log, the walk-in tally and the
 * pools (V19): the visits of each office, day and procedure as measured ({@link VisitSample}: counts and durations,
 * read from one index, not the visits themselves), which add up to the figures of any period, office or the country
 * without an average of percentiles; and which office-days the log says changed since a moment, so that a reader may
 * keep the samples of days gone by and read again only those. Every period is a set of office-local days
 * ({@link OfficeDays}), one per office: offices in other zones may be on another day. A visit belongs to the
 * procedure it has now (after any transfer); a check-in undone is no visit.
 */
public interface FloorStatistics {

    /** The office-local days of {@code office} from {@code from} to {@code to}, both included. */
    record OfficeDays(OfficeId office, LocalDate from, LocalDate to) {

        public OfficeDays {
            requirePresent(office, "internal", "The office");
            requirePresent(from, "internal", "The first day");
            requirePresent(to, "internal", "The last day");
            require(!to.isBefore(from), "internal.range", "The days end before they begin");
        }

        public boolean includes(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The tokens the pool {@code letter} of {@code office} gave on {@code day} (a day with a row only). */
    record TokensIssued(OfficeId office, char letter, LocalDate day, long issued) {
    }

    /**
     * A pool of walk-in tokens as it is now: its procedures, its daily number and those of its days in the period
     * that have their own.
     */
    record PoolQuota(OfficeId office, char letter, Set<ProcedureCode> procedures, int dailyTokens,
            Map<LocalDate, Integer> ownDays) {

        public PoolQuota {
            procedures = Set.copyOf(procedures);
            ownDays = Map.copyOf(ownDays);
        }
    }

    /** An office's local day. */
    record VisitDay(OfficeId office, LocalDate day) {

        public VisitDay {
            requirePresent(office, "internal", "The office");
            requirePresent(day, "internal", "The day");
        }
    }

    /** The visits of an office's day that have {@code procedure} now. */
    record DayVisits(VisitDay day, ProcedureCode procedure, VisitSample visits) {

        public DayVisits {
            requirePresent(day, "internal", "The day");
            requirePresent(procedure, "internal", "The procedure");
            requirePresent(visits, "internal", "The visits");
        }
    }

    /**
     * The visits of every office-day of {@code days}, one entry per office, day and procedure that had any (in no
     * particular order); none for none.
     */
    List<DayVisits> dayVisits(Collection<OfficeDays> days);

    /**
     * The office-days of visits that had a step (joined, called, served, transferred, ended…) the log says happened
     * at or after {@code since}.
     */
    Set<VisitDay> daysChangedSince(Instant since);

    /** The tokens each pool gave on each of those days, in order of office, letter and day. */
    List<TokensIssued> tokensIssued(Collection<OfficeDays> days);

    /** The pools of those offices as they are now, with their own days among those days; in order of office, letter. */
    List<PoolQuota> pools(Collection<OfficeDays> days);
}
