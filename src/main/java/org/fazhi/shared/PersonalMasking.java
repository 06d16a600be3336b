package org.fazhi.shared;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 个人信息脱敏 — the one masking of personal data, used alike by the public redaction of decisions and by the staff
 * views of people who may not read a party's data in clear: a natural person's name becomes surname + 某 (compound
 * surnames kept: 欧阳某), an ID number keeps its first and last four characters, a phone number its prefix and last
 * four digits, and a free text loses every ID and phone number in it. Full-width digits (３２０６…) count as digits,
 * so a number typed on a Chinese keyboard is masked too. Pure functions: the same input always gives the same output.
 * <p>
 * Who may read in clear is decided where the user lives ({@code org.fazhi.organization.PersonalDataPolicy}).
 */
public final class PersonalMasking {

    /** What replaces an ID or phone number in a free text. */
    public static final String HIDDEN = "＊＊＊";

    /** What replaces a value too short to keep any of it. */
    static final String SHORT = "****";

    /** Compound surnames (复姓) in common use; a name starting with one keeps both characters. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门",
            "万俟", "闻人", "赫连", "澹台", "公冶", "宗政", "濮阳", "太叔", "申屠", "公羊", "第五", "呼延", "百里",
            "东郭", "拓跋", "完颜", "羊舌", "微生", "梁丘", "左丘", "司空", "闾丘", "谷梁", "单于", "南门");

    /** An 18-digit 居民身份证号码 (last character may be X) or an old 15-digit one, standing alone. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(?:0\\d{2,3}[- ]?)\\d{7,8}(?!\\d)");
    private static final Pattern WHOLE_MOBILE = Pattern.compile("(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})");
    private static final Pattern WHOLE_LANDLINE = Pattern.compile("(0\\d{2,3})([- ]?)(\\d{7,8})");

    private static final int ID_KEPT = 4;
    private static final int PHONE_KEPT = 4;

    private PersonalMasking() {
    }

    /** 王小明 → 王某; 欧阳小明 → 欧阳某; a one-character name stays its surname + 某. */
    public static String name(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            return fullName == null ? null : name;
        }
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2) + "某";
        }
        return name.substring(0, 1) + "某";
    }

    /** A natural person's name masked, an organisation's name in full (it is no personal data). */
    public static String partyName(String name, boolean naturalPerson) {
        return naturalPerson ? name(name) : name;
    }

    /** 320684199001011234 → 3206**********1234: the birth date never shows. */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String id = halfWidth(idNumber.strip());
        if (id.length() <= 2 * ID_KEPT) {
            return id.isEmpty() ? id : SHORT;
        }
        return id.substring(0, ID_KEPT) + "*".repeat(id.length() - 2 * ID_KEPT) + id.substring(id.length() - ID_KEPT);
    }

    /** 13912345678 → 139****5678; 0513-82881234 → 0513-****1234; anything else keeps its last four characters. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String p = halfWidth(phone.strip());
        Matcher m = WHOLE_MOBILE.matcher(p);
        if (m.matches()) {
            return m.group(1) + "****" + m.group(3);
        }
        m = WHOLE_LANDLINE.matcher(p);
        if (m.matches()) {
            String local = m.group(3);
            return m.group(1) + m.group(2) + "*".repeat(local.length() - PHONE_KEPT)
                    + local.substring(local.length() - PHONE_KEPT);
        }
        if (p.length() <= PHONE_KEPT + 2) {
            return p.isEmpty() ? p : SHORT;
        }
        return "*".repeat(p.length() - PHONE_KEPT) + p.substring(p.length() - PHONE_KEPT);
    }

    /** A free text with every ID number, mobile and landline number in it replaced by {@link #HIDDEN}. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceAll(text, ID_NUMBER, HIDDEN);
        out = replaceAll(out, MOBILE, HIDDEN);
        return replaceAll(out, LANDLINE, HIDDEN);
    }

    /**
     * Replaces every match of {@code pattern} found on the text read with half-width digits; the rest of the text is
     * kept as it was written (a full-width 第１２号 stays full-width).
     */
    public static String replaceAll(String text, Pattern pattern, String replacement) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // halfWidth maps one char to one char, so positions found on it are positions in the original text
        Matcher m = pattern.matcher(halfWidth(text));
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean found = false;
        while (m.find()) {
            out.append(text, last, m.start()).append(replacement);
            last = m.end();
            found = true;
        }
        return found ? out.append(text, last, text.length()).toString() : text;
    }

    /**
     * The text with full-width digits, Ｘ/ｘ, plus and hyphen-minus (０-９, Ｘ, ｘ, ＋, －) as their ASCII forms, one
     * character for one; everything else (full-width punctuation of Chinese text) is left alone, unlike NFKC.
     */
    public static String halfWidth(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c >= '０' && c <= '９') || c == 'Ｘ' || c == 'ｘ' || c == '＋' || c == '－') {
                chars[i] = (char) (c - 0xFEE0);
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
