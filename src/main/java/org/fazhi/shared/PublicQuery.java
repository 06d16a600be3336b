package org.fazhi.shared;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 公众查询输入 — what a citizen types into a public search or tracking box, read the same way by every public search
 * and tracking page and API:
 * <ul>
 *   <li>full-width characters become half-width (NFKC: {@code ２０２４－３３} is {@code 2024-33}), runs of white space
 *   one space, and the text is cut to {@link #MAX_LENGTH};</li>
 *   <li>a case or document number (案号、文号) written in any of the ways people write it — {@code [2024]第33号},
 *   {@code 〔2024〕33号}, {@code (2024)33}, {@code 2024年第33号}, {@code 2024-33} — becomes the form of GB/T 9704-2012
 *   (year in 〔〕, no 第 before the sequence number): {@code 〔2024〕33号}, with whatever the citizen typed before the
 *   year kept in front of it. Stored numbers are compared in that form too ({@link #ISSUED_ORDINAL}): some towns'
 *   templates write 第 before the sequence number;</li>
 *   <li>a tracking code (查询码) typed with or without its hyphens, in any letter case, becomes its printed form
 *   {@code ABCD-EFGH-JKMN}.</li>
 * </ul>
 */
public final class PublicQuery {

    /** The longest query a public search reads; longer input is cut, not refused. */
    public static final int MAX_LENGTH = 50;

    /**
     * What stored numbers lose to be compared with {@link #caseNumber}: the 第 some numbering templates put after the
     * year ({@code 〔2024〕第33号}); in SQL {@code replace(column, '〕第', '〕')}.
     */
    public static final String ISSUED_ORDINAL = "〕第";

    /** Letters and digits of tracking codes: none that is easily misread (no I, L, O, 0, 1). */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** A tracking code: three groups of four. */
    static final int CODE_GROUPS = 3;
    static final int CODE_GROUP_LENGTH = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String OPEN = "[\\[(〔【{<《]";
    private static final String CLOSE = "[\\])〕】}>》]";
    private static final String DASH = "[-_/.、,，·~—–]";
    /**
     * Prefix, year, sequence number; between year and number a closing bracket, 年, a dash or a space, each maybe
     * followed by 第, or 第 alone — a bare {@code 202433} is no number.
     */
    private static final Pattern CASE_NUMBER = Pattern.compile("^(?<prefix>.*?)" + OPEN + "?\\s*(?<year>(?:19|20)\\d{2})"
            + "(?:\\s*" + CLOSE + "|\\s*年|\\s*" + DASH + "|\\s)\\s*第?\\s*0*(?<seq>\\d{1,6})\\s*号?$"
            + "|^(?<prefix2>.*?)" + OPEN + "?\\s*(?<year2>(?:19|20)\\d{2})\\s*第\\s*0*(?<seq2>\\d{1,6})\\s*号?$");

    private PublicQuery() {
    }

    /** The query as the searches read it: half-width, stripped, inner white space as one space, cut; never null. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH).strip();
        }
        return t;
    }

    /**
     * The query as a case or document number in the issued form ({@code 〔2024〕33号}, after any prefix typed), or
     * empty when the query is no number.
     */
    public static Optional<String> caseNumber(String raw) {
        String t = text(raw);
        Matcher m = CASE_NUMBER.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean first = m.group("year") != null;
        String prefix = (first ? m.group("prefix") : m.group("prefix2")).strip();
        String year = first ? m.group("year") : m.group("year2");
        String seq = first ? m.group("seq") : m.group("seq2");
        return Optional.of(prefix + "〔" + year + "〕" + Integer.parseInt(seq) + "号");
    }

    /**
     * The query as a public search compares it: a case number in its issued form, otherwise the text itself. A search
     * given a number compares it with the stored numbers without {@link #ISSUED_ORDINAL}.
     */
    public static String searchText(String raw) {
        return caseNumber(raw).orElseGet(() -> text(raw));
    }

    /** A stored text as {@link #caseNumber} compares numbers: 〔2024〕第33号 read as 〔2024〕33号. */
    public static String issuedForm(String stored) {
        return stored == null ? "" : stored.replace(ISSUED_ORDINAL, "〕");
    }

    /**
     * The tracking code in its printed form ({@code ABCD-EFGH-JKMN}), however it was typed (hyphens, spaces, any case,
     * full-width), or empty when it cannot be one.
     */
    public static Optional<String> trackingCode(String raw) {
        if (raw == null || raw.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "");
        if (t.length() != CODE_GROUPS * CODE_GROUP_LENGTH) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            if (CODE_ALPHABET.indexOf(t.charAt(i)) < 0) {
                return Optional.empty();
            }
            if (i > 0 && i % CODE_GROUP_LENGTH == 0) {
                b.append('-');
            }
            b.append(t.charAt(i));
        }
        return Optional.of(b.toString());
    }

    /** A new random tracking code in its printed form; about 8 × 10^17 codes, too many to find one by trying. */
    public static String newTrackingCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_GROUPS * CODE_GROUP_LENGTH; i++) {
            if (i > 0 && i % CODE_GROUP_LENGTH == 0) {
                b.append('-');
            }
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}
