package org.fazhi.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * 居民身份证号码 — what the number itself says about its holder: the birth date (digits 7–14 of an 18-digit number,
 * 7–12 of an old 15-digit one, born in the 1900s), and from it whether the holder was a minor (未成年人,
 * 《未成年人保护法》第2条: under 18) on a given day. Full-width digits count as digits. Any other ID (a passport, a
 * credit code, a number whose date does not exist) says nothing: the record must then carry the birth date itself.
 * Pure functions, used alike by the deciding modules (is a birth date needed?) and the publication desk (withhold?).
 *
 * <p>{@link #isValid} is the input rule for a new number (GB 11643): 18 characters, a birth date that exists and is
 * not before 1900, and the check character (校验码) the first 17 digits give. An old 15-digit number, a 10-digit
 * number or one with a wrong check character is refused wherever a number is typed or imported (see
 * {@link org.fazhi.shared.input.ResidentId}); {@link #birthDate} still reads old 15-digit numbers already recorded.
 */
public final class ResidentIdNumber {

    /** 《未成年人保护法》第2条: a person under 18 is a minor. */
    public static final int AGE_OF_MAJORITY = 18;

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentIdNumber() {
    }

    /** GB 11643 weights of the first 17 digits, and the check characters by the weighted sum modulo 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number as it is compared and stored: half-width, without spaces, a final {@code x} as {@code X}. */
    public static String normalise(String idNumber) {
        return idNumber == null ? null : PersonalMasking.halfWidth(idNumber.strip()).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Whether {@code idNumber} is a valid 18-character resident ID number: 17 digits and the matching check character,
     * digits 7–14 a birth date that exists, from 1900 on.
     */
    public static boolean isValid(String idNumber) {
        String id = normalise(idNumber);
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            return false;
        }
        return birthDate(id).filter(d -> d.getYear() >= 1900).isPresent();
    }

    /** The whole number of 17 digits (region, birth date, sequence): they and their check character. */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        return first17 + checkCharacter(first17);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date an 18-digit (or old 15-digit) ID number carries, if it is a valid date. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        if (idNumber == null) {
            return Optional.empty();
        }
        String id = PersonalMasking.halfWidth(idNumber.strip());
        String digits;
        if (id.matches("\\d{17}[\\dXx]")) {
            digits = id.substring(6, 14);
        } else if (id.matches("\\d{15}")) {
            digits = "19" + id.substring(6, 12);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(digits, BIRTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The birth date of a person: the one their ID number carries, else the one recorded ({@code recorded}, may be
     * {@code null}).
     */
    public static Optional<LocalDate> birthDate(String idNumber, LocalDate recorded) {
        return birthDate(idNumber).or(() -> Optional.ofNullable(recorded));
    }

    /** Whether a person born on {@code birthDate} was under 18 on {@code on}. */
    public static boolean minorOn(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears() < AGE_OF_MAJORITY;
    }
}
