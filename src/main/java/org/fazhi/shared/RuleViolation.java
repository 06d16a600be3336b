package org.fazhi.shared;

import java.util.List;

/**
 * A well-formed request that breaks a business rule or the legal procedure (answered 422). The message is a key of
 * the message bundles so that the user reads it in their language; {@link #field()} names the offending field when
 * there is one.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;
    private final transient List<FieldProblem> problems;

    public RuleViolation(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.field = field;
        this.problems = field == null ? List.of() : List.of(new FieldProblem(field, messageKey, args));
    }

    private RuleViolation(List<FieldProblem> problems) {
        super(problems.get(0).messageKey());
        this.messageKey = problems.get(0).messageKey();
        this.args = problems.get(0).args();
        this.field = problems.get(0).field();
        this.problems = List.copyOf(problems);
    }

    /** A violation tied to one input field. */
    public static RuleViolation onField(String field, String messageKey, Object... args) {
        return new RuleViolation(field, messageKey, args);
    }

    /** Several field problems at once, so a form shows them all. */
    public static RuleViolation ofFields(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        return new RuleViolation(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem: a message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }
}
