package mx.gob.inm.citas.application.port.out;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Out-port: the office floor's figures for the dashboards, from the visit log, the walk-in tally and the pools (V19),
 * each an aggregate query in the store: the percentiles of waiting and service times are computed there over every
 * visit asked for (never a load of the visits, nor an average of offices' percentiles). Every period is a set of
 * office-local days ({@link OfficeDays}), one per office: offices in other zones may be on another day. A visit
 * belongs to the procedure it has now (after any transfer).
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

    /** The visits of all those days together (of one procedure, when given); {@link FloorVisits#NONE} for none. */
    FloorVisits visits(Collection<OfficeDays> days, Optional<ProcedureCode> procedure);

    /** The visits of each office's days (of one procedure, when given); an office without visits has no entry. */
    Map<OfficeId, FloorVisits> visitsByOffice(Collection<OfficeDays> days, Optional<ProcedureCode> procedure);

    /** The visits of those days per procedure; a procedure without visits has no entry. */
    Map<ProcedureCode, FloorVisits> visitsByProcedure(Collection<OfficeDays> days);

    /** The tokens each pool gave on each of those days, in order of office, letter and day. */
    List<TokensIssued> tokensIssued(Collection<OfficeDays> days);

    /** The pools of those offices as they are now, with their own days among those days; in order of office, letter. */
    List<PoolQuota> pools(Collection<OfficeDays> days);
}
