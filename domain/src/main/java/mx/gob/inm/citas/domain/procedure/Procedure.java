package mx.gob.inm.citas.domain.procedure;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import mx.gob.inm.citas.domain.shared.LocalizedText;

/**
 * A procedure an applicant comes to an office for, with the checklist of documents to bring.
 *
 * <p>Lifecycle: {@link #create created} by the catalogue; those not {@link #isBookableOnline() bookable
 * online} stay in the catalogue so offices can serve them in person (walk-in tokens), but the public calendar
 * never offers them.
 */
public final class Procedure {

    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_REQUIREMENT_LENGTH = 500;

    private final ProcedureCode code;
    private final LocalizedText name;
    private final Duration duration;
    private final List<LocalizedText> requirements;
    private final boolean bookableOnline;
    private final long version;

    private Procedure(ProcedureCode code, LocalizedText name, Duration duration, List<LocalizedText> requirements,
            boolean bookableOnline, long version) {
        this.code = requirePresent(code, "procedureCode", "Procedure code");
        this.name = requirePresent(name, "procedureName", "Procedure name");
        require(name.spanish().length() <= MAX_NAME_LENGTH && name.english().length() <= MAX_NAME_LENGTH,
                "procedureName.tooLong",
                "A procedure name has at most " + MAX_NAME_LENGTH + " characters in each language", MAX_NAME_LENGTH);
        this.duration = requirePresent(duration, "duration", "Duration");
        require(!duration.isNegative() && !duration.isZero() && duration.toMinutes() <= 480, "duration.outOfRange",
                "A procedure takes between 1 minute and 8 hours");
        this.requirements = List.copyOf(requirePresent(requirements, "requirements", "Requirements"));
        require(this.requirements.stream().allMatch(r -> r.spanish().length() <= MAX_REQUIREMENT_LENGTH
                && r.english().length() <= MAX_REQUIREMENT_LENGTH), "requirements.tooLong",
                "A document to bring is described in at most " + MAX_REQUIREMENT_LENGTH + " characters",
                MAX_REQUIREMENT_LENGTH);
        this.bookableOnline = bookableOnline;
        this.version = version;
    }

    public static Procedure create(ProcedureCode code, LocalizedText name, Duration duration,
            List<LocalizedText> requirements, boolean bookableOnline) {
        return new Procedure(code, name, duration, requirements, bookableOnline, 0);
    }

    /**
     * Rebuilds a procedure from storage (or an edit of the stored one); applies the same checks as
     * {@link #create}. Saving it succeeds only while the store still has {@code version}.
     */
    public static Procedure reconstitute(ProcedureCode code, LocalizedText name, Duration duration,
            List<LocalizedText> requirements, boolean bookableOnline, long version) {
        return new Procedure(code, name, duration, requirements, bookableOnline, version);
    }

    public ProcedureCode code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public Duration duration() {
        return duration;
    }

    /** The documents to bring, in the order the applicant should gather them. */
    public List<LocalizedText> requirements() {
        return requirements;
    }

    public boolean isBookableOnline() {
        return bookableOnline;
    }

    /** The version read from storage (0 for a new procedure), for optimistic locking. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Procedure procedure && code.equals(procedure.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return "Procedure[" + code + "]";
    }
}
