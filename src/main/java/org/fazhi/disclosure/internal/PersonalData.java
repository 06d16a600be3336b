package org.fazhi.disclosure.internal;

import org.fazhi.organization.DataScope;
import org.fazhi.organization.Permission;

/**
 * Who may read an applicant's personal data (name, ID number, phone, address): the disclosure staff of the town that
 * owns the application, nobody else — not the town's leaders, not the district, not the public. Everyone else reads
 * the masked forms.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static boolean readableBy(DisclosureApplication a) {
        return DataScope.currentUser().map(u -> u.homeUnit().townId() != null
                && u.homeUnit().townId().equals(a.getTownId())
                && u.getAuthorities().stream().anyMatch(g -> Permission.DISCLOSURE_WRITE.name()
                        .equals(g.getAuthority()))).orElse(false);
    }

    /** 张三 → 张某; an organisation's name stays (it is no personal data). */
    public static String maskName(DisclosureApplication a) {
        String n = a.applicantName();
        if (!a.applicantType().person() || n == null || n.isEmpty()) {
            return n;
        }
        int surname = n.length() >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? 2 : 1;
        return n.substring(0, surname) + "某";
    }

    /** Keeps the first three and last two characters: 320684********1234 → 320*************34. */
    public static String maskTail(String value) {
        if (value == null || value.length() < 6) {
            return value == null ? null : "****";
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }

    private static final java.util.Set<String> COMPOUND_SURNAMES = java.util.Set.of("欧阳", "司马", "诸葛", "上官",
            "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫");
}
