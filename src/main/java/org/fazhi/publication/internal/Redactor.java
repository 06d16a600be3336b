package org.fazhi.publication.internal;

import static org.fazhi.shared.PersonalMasking.HIDDEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.ResidentIdNumber;

/**
 * 脱敏 — redaction of a decision for publication, per the provincial rules on online publication of penalty results
 * (三项制度, 国办发〔2018〕118号): a natural person's name is shown as surname + 某 (compound surnames kept: 欧阳某),
 * the party's and every other person's the case knows (agents, witnesses, victims) alike, and ID numbers, phone
 * numbers, home addresses and bank accounts never appear, in free text too.
 * Organisations are shown in full. Pure functions: the same input always gives the same output.
 */
public final class Redactor {

    private static final Pattern BANK_ACCOUNT = Pattern.compile("(?<!\\d)\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}(?:[ -]?\\d{1,3})?(?!\\d)");
    /**
     * An address in free text: a place name ending in 村/社区/路/街/巷/弄/组 followed by a house or group number.
     * Deliberately narrow: a place without a number (叠石桥国际家纺城, 三星镇人民政府) is not personal.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\u4e00-\\u9fa5]{0,12}?(?:省|市|区|县|镇|乡|街道)?[\\u4e00-\\u9fa5]{1,8}(?:村|社区|路|街|巷|弄|大道)"
                    + "[\\u4e00-\\u9fa5]{0,6}?[0-9０-９一二三四五六七八九十百]+(?:组|号|幢|栋|弄|室)"
                    + "(?:[0-9０-９]+(?:号|室|单元|幢|栋))*");

    private Redactor() {
    }

    /**
     * The names a text must lose: the party's (masked only when a natural person) and those of the other natural
     * persons the case knows — agents (委托代理人), witnesses (证人), victims (被害人) — always masked.
     */
    public record Names(String partyName, boolean partyIsPerson, List<String> otherPersons) {
    }

    /**
     * Redacts a free text: the natural-person party's full name and every other person's name become their masked
     * form ({@link PersonalMasking#name}: 李四海 → 李某), and ID numbers, bank accounts, phone numbers and addresses
     * are replaced by {@link #HIDDEN}; full-width digits count as digits.
     * {@code knownAddress} (the party's address on record) is removed wherever it appears.
     */
    public static String redact(String text, Names names, String knownAddress) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (knownAddress != null && knownAddress.strip().length() >= 4) {
            out = out.replace(knownAddress.strip(), HIDDEN);
        }
        List<String[]> replacements = new ArrayList<>();
        if (names.partyIsPerson() && names.partyName() != null && !names.partyName().isBlank()) {
            replacements.add(new String[] {names.partyName().strip(), PersonalMasking.name(names.partyName())});
        }
        for (String other : names.otherPersons()) {
            if (other != null && other.strip().length() >= 2) {
                replacements.add(new String[] {other.strip(), PersonalMasking.name(other)});
            }
        }
        // longest names first, so 欧阳小明 is not half-replaced by a shorter name it contains
        replacements.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        for (String[] r : replacements) {
            out = out.replace(r[0], r[1]);
        }
        out = PersonalMasking.scrub(out);
        out = PersonalMasking.replaceAll(out, BANK_ACCOUNT, HIDDEN);
        return hideAddresses(out);
    }

    /** Words that lead into an address and stay: 住 三星镇林西村12组 → 住＊＊＊. */
    private static final List<String> ADDRESS_LEAD_INS = List.of("居住于", "居住在", "家住", "居住", "住址",
            "住所", "位于", "住", "于", "在", "至");

    private static String hideAddresses(String text) {
        java.util.regex.Matcher m = ADDRESS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String keep = ADDRESS_LEAD_INS.stream().filter(found::startsWith).findFirst().orElse("");
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(keep + HIDDEN));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The party's name as published: masked for a natural person, in full for an organisation. */
    public static String publishedPartyName(String partyName, boolean partyIsPerson) {
        return PersonalMasking.partyName(partyName == null ? null : partyName.strip(), partyIsPerson);
    }

    /** The birth date an 18-digit (or old 15-digit) ID number carries, if it is a valid date. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        return ResidentIdNumber.birthDate(idNumber);
    }

    /**
     * Whether the party was under 18 (《未成年人保护法》第2条) on {@code on} — the day of the violation: the birth date
     * comes from the ID number, else from {@code birthDate} as recorded; unknown says nothing.
     */
    public static boolean minorOn(String idNumber, LocalDate birthDate, LocalDate on) {
        return ResidentIdNumber.birthDate(idNumber, birthDate).map(b -> ResidentIdNumber.minorOn(b, on))
                .orElse(false);
    }
}
