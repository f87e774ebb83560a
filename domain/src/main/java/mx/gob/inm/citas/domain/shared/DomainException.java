package mx.gob.inm.citas.domain.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A refusal by the domain: the request breaks a rule. The refusal carries a stable {@link #code()} (such as
 * {@code officeId.taken}) and the values a message may show ({@link #arguments()}), so that each adapter says it in
 * the reader's language; the English message is for logs. The part of the code before its first dot names what the
 * refusal is about ({@link #subject()}), so a page can show the message beside that field.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code of a refusal made without one; adapters say it in general words, never with the English message. */
    public static final String UNSPECIFIED = "unspecified";

    private final String code;
    private final transient List<Object> arguments;

    /**
     * A refusal without a code.
     *
     * @deprecated give the refusal a code and its arguments: {@link #DomainException(String, String, Object...)}
     */
    @Deprecated
    protected DomainException(String message) {
        super(message);
        this.code = null;
        this.arguments = List.of();
    }

    /** A refusal with its {@code code}, its English {@code message} for logs and the values a message may show. */
    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Arrays.stream(arguments).map(a -> a == null ? "" : a).toList();
    }

    /** The stable code of the rule refused, such as {@code timeRange.reversed}; {@link #UNSPECIFIED} if none. */
    public String code() {
        return code == null ? UNSPECIFIED : code;
    }

    /** Whether the refusal was given a code. */
    public boolean hasCode() {
        return code != null;
    }

    /** The values the message may show, in the order of its placeholders. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }

    /** What the refusal is about, the code's first part (such as {@code timeRange}), to place its message. */
    public String subject() {
        String c = code();
        int dot = c.indexOf('.');
        return dot < 0 ? c : c.substring(0, dot);
    }
}
