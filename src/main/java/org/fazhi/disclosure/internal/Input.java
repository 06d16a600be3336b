package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.RuleViolation;

/**
 * Reads the fields of a request as text and collects every problem, so that a form or an API client learns all that
 * is wrong at once, in plain words ("2024-02-30 不是有效日期"), and nothing is written. Dates are strict ISO dates.
 */
public final class Input {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<RuleViolation.FieldProblem> problems = new ArrayList<>();

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, "disclosure.field.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), STRICT_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new RuleViolation.FieldProblem(field, "disclosure.date.invalid", value.strip()));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, "disclosure.field.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new RuleViolation.FieldProblem(field, "disclosure.choice.invalid", value.strip()));
            return null;
        }
    }

    public String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, "disclosure.field.required"));
            }
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            problems.add(new RuleViolation.FieldProblem(field, "disclosure.text.tooLong", String.valueOf(max)));
            return null;
        }
        return t;
    }

    public Integer number(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new RuleViolation.FieldProblem(field, "disclosure.number.range", String.valueOf(min),
                    String.valueOf(max)));
            return null;
        }
        return value;
    }

    public BigDecimal money(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12)) {
            problems.add(new RuleViolation.FieldProblem(field, "disclosure.money.invalid"));
            return null;
        }
        return value;
    }

    public void problem(String field, String key, Object... args) {
        problems.add(new RuleViolation.FieldProblem(field, key, args));
    }

    /** Throws every problem found so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
    }
}
