package org.fazhi.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one reader of typed input (输入检查) for the JSON API and the pages alike: reads the fields of a request as text
 * and collects every problem as a field problem, so that a form or an API client learns all that is wrong at once, in
 * plain words ("2024-02-30 不是有效日期"), and nothing is written. Dates are strict ISO dates. A check of a single
 * value inside an aggregate's method uses {@link #requireText(String, String, int)}.
 *
 * <p>The messages are the {@code error.field.*} keys of the platform's bundle; a page shows each next to its field
 * and names the field by its label (see {@link org.fazhi.shared.web.FormPages}).
 */
public final class Input {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Message key: the field is empty but required. */
    public static final String REQUIRED = "error.field.required";
    /** Message key: the text is longer than allowed ({0} the maximum). */
    public static final String TOO_LONG = "error.field.tooLong";
    /** Message key: not an amount of money (negative, more than two decimals, or too large). */
    public static final String MONEY = "error.field.money";
    /** Message key: a year outside the years kept ({0} the year, {1} and {2} the first and the last year). */
    public static final String YEAR = "error.field.year";
    /** The first year the platform keeps figures for: no record of its towns is older. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a figure may be asked for: far enough ahead, and it keeps the year four digits long. */
    public static final int LAST_YEAR = 2100;

    private final List<RuleViolation.FieldProblem> problems = new ArrayList<>();

    /**
     * A required text of at most {@code max} characters, stripped; throws the field's problem at once. For a single
     * value checked where it is used (a reason, an approver); several fields of one request go through an instance.
     */
    public static String requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.onField(field, REQUIRED);
        }
        String t = text.strip();
        if (t.length() > max) {
            throw RuleViolation.onField(field, TOO_LONG, String.valueOf(max));
        }
        return t;
    }

    /** The year of a statistic or a report, from {@link #FIRST_YEAR} to {@link #LAST_YEAR}; throws at once. */
    public static int requireYear(int year) {
        return requireYear(year, FIRST_YEAR);
    }

    /** The same with a later first year, for figures of a law that came into force later. */
    public static int requireYear(int year, int first) {
        if (year < first || year > LAST_YEAR) {
            throw RuleViolation.onField("year", YEAR, String.valueOf(year), String.valueOf(first),
                    String.valueOf(LAST_YEAR));
        }
        return year;
    }

    /**
     * A number typed as text in a form field: empty is none, what does not read as a number ({@code parse} throws
     * {@link NumberFormatException}) is the field's problem at once.
     */
    public static <T> T number(String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField(field, "error.field.number", text.strip());
        }
    }

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, REQUIRED));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), STRICT_DATE);
        } catch (DateTimeParseException e) {
            problems.add(new RuleViolation.FieldProblem(field, "error.field.date", value.strip()));
            return null;
        }
    }

    /**
     * A date and time to the minute, typed with its offset ({@code 2026-12-06T14:30+08:00}) or without one
     * ({@code 2026-12-06T14:30}, {@code 2026-12-06 14:30}: a time in {@code zone}); answered in {@code zone}, seconds
     * dropped.
     */
    public java.time.OffsetDateTime dateTime(String field, String value, boolean required, java.time.ZoneId zone) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, REQUIRED));
            }
            return null;
        }
        String t = value.strip().replace(' ', 'T');
        try {
            java.time.temporal.TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_DATE_TIME
                    .withResolverStyle(ResolverStyle.STRICT).withChronology(java.time.chrono.IsoChronology.INSTANCE)
                    .parseBest(t, java.time.OffsetDateTime::from, java.time.LocalDateTime::from);
            java.time.ZonedDateTime at = parsed instanceof java.time.OffsetDateTime o ? o.atZoneSameInstant(zone)
                    : ((java.time.LocalDateTime) parsed).atZone(zone);
            return at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toOffsetDateTime();
        } catch (java.time.DateTimeException e) {
            problems.add(new RuleViolation.FieldProblem(field, "error.field.dateTime", value.strip()));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, REQUIRED));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new RuleViolation.FieldProblem(field, "error.field.choice", value.strip()));
            return null;
        }
    }

    public String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, REQUIRED));
            }
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            problems.add(new RuleViolation.FieldProblem(field, TOO_LONG, String.valueOf(max)));
            return null;
        }
        return t;
    }

    /**
     * A value of one of the kinds of {@link org.fazhi.shared.input.ValueRules} (a phone number, an ID number), checked
     * by {@code rule} and stored as {@link org.fazhi.shared.input.ValueRules#normalise normalised}; {@code key} is the
     * rule's message.
     */
    public String value(String field, String value, boolean required, java.util.function.Predicate<String> rule,
                        String key) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new RuleViolation.FieldProblem(field, REQUIRED));
            }
            return null;
        }
        if (!rule.test(value)) {
            problems.add(new RuleViolation.FieldProblem(field, key));
            return null;
        }
        return org.fazhi.shared.input.ValueRules.normalise(value);
    }

    /** A phone number ({@link org.fazhi.shared.input.Phone}). */
    public String phone(String field, String value, boolean required) {
        return value(field, value, required, org.fazhi.shared.input.ValueRules::isPhone,
                org.fazhi.shared.input.ValueRules.PHONE);
    }

    /** A date that must not lie after {@code today} ({@link org.fazhi.shared.input.NotFuture}). */
    public LocalDate notFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new RuleViolation.FieldProblem(field, org.fazhi.shared.input.ValueRules.FUTURE));
            return null;
        }
        return date;
    }

    public Integer number(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new RuleViolation.FieldProblem(field, "error.field.range", String.valueOf(min),
                    String.valueOf(max)));
            return null;
        }
        return value;
    }

    public BigDecimal money(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12)) {
            problems.add(new RuleViolation.FieldProblem(field, MONEY));
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
