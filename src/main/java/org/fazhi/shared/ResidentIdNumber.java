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
 */
public final class ResidentIdNumber {

    /** 《未成年人保护法》第2条: a person under 18 is a minor. */
    public static final int AGE_OF_MAJORITY = 18;

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentIdNumber() {
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
