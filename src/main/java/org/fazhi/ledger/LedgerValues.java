package org.fazhi.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.shared.input.ValueRules;

/**
 * The value conventions every ledger shares, so that 2024年3月5日 is a date in every module. Each parser takes a cell's
 * text and throws {@link InvalidLedgerValue} with a reason; use them with {@link LedgerRow#value}, e.g.
 * {@code row.value("发证日期", LedgerValues::date)}. Text is NFKC-normalised first, so full-width digits and
 * punctuation (２０２４／３／５) read like their half-width forms.
 */
public final class LedgerValues {

    /** 2024-03-05, 2024/3/5, 2024年3月5日 (one form per date, months and days with or without a leading zero). */
    private static final Pattern[] DATES = {
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"),
            Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日")};

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("y", true), Map.entry("n", false),
            Map.entry("yes", true), Map.entry("no", false), Map.entry("true", true), Map.entry("false", false),
            Map.entry("1", true), Map.entry("0", false), Map.entry("√", true), Map.entry("×", false),
            Map.entry("有", true), Map.entry("无", false));

    private LedgerValues() {
    }

    /** NFKC and trimmed: how headers, keys and values are compared. */
    public static String normalise(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A date in one of the accepted forms; XLSX date cells arrive as {@code 2024-03-05}. */
    public static LocalDate date(String text) {
        String s = normalise(text);
        for (Pattern p : DATES) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    throw new InvalidLedgerValue("ledger.value.dateInvalid", text.strip());
                }
            }
        }
        throw new InvalidLedgerValue("ledger.value.date");
    }

    /** A number such as an amount; thousands separators are allowed (12,345.60). */
    public static BigDecimal decimal(String text) {
        String s = normalise(text).replace(",", "");
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidLedgerValue("ledger.value.decimal");
        }
    }

    /** A whole number (a count); an XLSX numeric cell holding a whole number qualifies. */
    public static long integer(String text) {
        try {
            return decimal(text).longValueExact();
        } catch (ArithmeticException | InvalidLedgerValue e) {
            throw new InvalidLedgerValue("ledger.value.integer");
        }
    }

    /** 是/否 (also Y/N, yes/no, true/false, 1/0, √/×, 有/无). */
    public static boolean yesNo(String text) {
        Boolean b = YES_NO.get(normalise(text).toLowerCase(Locale.ROOT));
        if (b == null) {
            throw new InvalidLedgerValue("ledger.value.yesNo");
        }
        return b;
    }

    /** One of the allowed texts (compared after normalisation), mapped to its value. */
    public static <V> V oneOf(String text, Map<String, V> allowed) {
        String s = normalise(text);
        for (var e : allowed.entrySet()) {
            if (normalise(e.getKey()).equals(s)) {
                return e.getValue();
            }
        }
        throw new InvalidLedgerValue("ledger.value.oneOf", String.join("、", allowed.keySet()));
    }

    /** A phone number, by the platform's one rule ({@link ValueRules#isPhone}); stored normalised. */
    public static String phone(String text) {
        return checked(text, ValueRules::isPhone, ValueRules.PHONE);
    }

    /** A resident ID number, by the platform's one rule ({@link ValueRules#isResidentId}); stored normalised. */
    public static String residentId(String text) {
        return checked(text, ValueRules::isResidentId, ValueRules.RESIDENT_ID);
    }

    /** A unified social credit code ({@link ValueRules#isCreditCode}); stored normalised. */
    public static String creditCode(String text) {
        return checked(text, ValueRules::isCreditCode, ValueRules.CREDIT_CODE);
    }

    /**
     * The ID number of a party: a natural person's resident ID number, an organisation's credit code
     * ({@link ValueRules#partyIdProblem}).
     */
    public static String partyId(String text, boolean naturalPerson) {
        String problem = ValueRules.partyIdProblem(naturalPerson, text);
        if (problem != null) {
            throw new InvalidLedgerValue(problem);
        }
        return ValueRules.normalise(text);
    }

    private static String checked(String text, java.util.function.Predicate<String> rule, String key) {
        if (!rule.test(text)) {
            throw new InvalidLedgerValue(key);
        }
        return ValueRules.normalise(text);
    }

    /** A parser for text of at most {@code maxLength} characters. */
    public static LedgerParser<String> text(int maxLength) {
        return t -> {
            if (t.codePointCount(0, t.length()) > maxLength) {
                throw new InvalidLedgerValue("ledger.value.tooLong", maxLength);
            }
            return t;
        };
    }
}
