package org.fazhi.shared;

/**
 * A request the caller must change before it can be answered at all — a parameter that is missing or names nothing —
 * as opposed to a well-formed request that breaks a rule ({@link RuleViolation}, 422). Answered 400 with the message
 * of {@code messageKey} and, for the field named, the same message.
 */
public class BadRequest extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BadRequest(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
