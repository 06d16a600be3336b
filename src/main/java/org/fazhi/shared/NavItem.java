package org.fazhi.shared;

/**
 * An entry a module adds to the staff console's left navigation, shown to users holding {@link #authority()}. Entries
 * are grouped by {@link #groupKey()} (a message key such as {@code nav.group.enforcement}) and sorted by
 * {@link #order()}.
 *
 * @param labelKey message key of the link text
 * @param path     where the link leads
 * @param active   the name pages of this entry pass to the sidebar fragment to mark it active
 * @param townWide shown only to users whose data scope holds whole towns: a page about a town's own rules (its
 *                 settings) that an account scoped to one village may not read, even with the permission
 */
public record NavItem(String groupKey, String labelKey, String path, String authority, String active, int order,
                      boolean townWide) {

    public NavItem(String groupKey, String labelKey, String path, String authority, String active, int order) {
        this(groupKey, labelKey, path, authority, active, order, false);
    }

    /** The same entry, shown only to users whose data scope holds whole towns. */
    public NavItem forWholeTowns() {
        return new NavItem(groupKey, labelKey, path, authority, active, order, true);
    }
}
