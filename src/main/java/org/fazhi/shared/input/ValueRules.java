package org.fazhi.shared.input;

import java.util.Locale;
import java.util.regex.Pattern;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.ResidentIdNumber;

/**
 * The checks behind the input annotations, for code that checks a value itself (a service's
 * {@link org.fazhi.shared.Input}, a ledger's parser). Each takes the text as typed: full-width digits count as digits
 * and surrounding spaces are ignored; {@link #normalise} gives the form to store. The message keys are those of the
 * platform bundle, plain words that name what is expected.
 */
public final class ValueRules {

    /** Message key: not a mobile or landline number. */
    public static final String PHONE = "error.field.phone";
    /** Message key: not a valid 18-character resident ID number. */
    public static final String RESIDENT_ID = "error.field.residentId";
    /** Message key: not a valid unified social credit code. */
    public static final String CREDIT_CODE = "error.field.creditCode";
    /** Message key: a date after today where the law requires one that has happened. */
    public static final String FUTURE = "error.field.future";

    /** 手机号: 11 digits from 13x to 19x, optionally after +86 (spaces and hyphens between groups are dropped first). */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}");
    /**
     * 座机号: an area code of 3–4 digits starting with 0 (in brackets, or followed by a hyphen), a local number of 7–8
     * digits, and an optional extension (转 / - / # / ext) of up to 6 digits; spaces are dropped first.
     */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?:0\\d{2,3}-?|\\(0\\d{2,3}\\))\\d{7,8}(?:(?:转|-|#|EXT\\.?)\\d{1,6})?");

    /** GB 32100: the 31 characters of a credit code (no I, O, S, V, Z), in the order of their values. */
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private ValueRules() {
    }

    /** The value as checked and stored: half-width, stripped, letters in upper case; {@code null} stays. */
    public static String normalise(String text) {
        return text == null ? null : PersonalMasking.halfWidth(text.strip()).toUpperCase(Locale.ROOT);
    }

    /** A mobile number (1[3-9] and 9 more digits) or a landline number with its area code and optional extension. */
    public static boolean isPhone(String text) {
        if (text == null) {
            return false;
        }
        String p = normalise(text).replaceAll("\\s", "");
        return MOBILE.matcher(p.replace("-", "")).matches() || LANDLINE.matcher(p).matches();
    }

    /** A valid 18-character resident ID number (GB 11643), see {@link ResidentIdNumber#isValid}. */
    public static boolean isResidentId(String text) {
        return ResidentIdNumber.isValid(text);
    }

    /** A unified social credit code (统一社会信用代码, GB 32100): 18 characters with the matching check character. */
    public static boolean isCreditCode(String text) {
        String code = normalise(text);
        if (code == null || code.length() != 18) {
            return false;
        }
        int check = creditCheck(code.substring(0, 17));
        return check >= 0 && code.charAt(17) == CODE_CHARS.charAt(check);
    }

    /** The whole credit code of 17 characters: they and their check character. */
    public static String creditCodeWithCheckCharacter(String first17) {
        int check = first17 == null || first17.length() != 17 ? -1 : creditCheck(first17);
        if (check < 0) {
            throw new IllegalArgumentException("17 characters of a credit code expected");
        }
        return first17 + CODE_CHARS.charAt(check);
    }

    /** The value of the check character of 17 characters, or -1 when one is not a credit code's. */
    private static int creditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CODE_CHARS.indexOf(first17.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * CODE_WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }

    /**
     * The problem of the ID number of a party, or {@code null}: a natural person's is a resident ID number, an
     * organisation's a credit code. A blank number is no problem here (whether one is required is the form's rule).
     */
    public static String partyIdProblem(boolean naturalPerson, String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        if (naturalPerson) {
            return isResidentId(idNumber) ? null : RESIDENT_ID;
        }
        return isCreditCode(idNumber) ? null : CREDIT_CODE;
    }
}
