package org.fazhi.shared;

/**
 * An entry a module adds to the staff console's left navigation, shown to users holding {@link #authority()}. Entries
 * are grouped by {@link #groupKey()} (a message key such as {@code nav.group.enforcement}) and sorted by
 * {@link #order()}.
 *
 * @param labelKey message key of the link text
 * @param path     where the link leads
 * @param active   the name pages of this entry pass to the sidebar fragment to mark it active
 */
public record NavItem(String groupKey, String labelKey, String path, String authority, String active, int order) {
}
