package org.fazhi.shared;

/**
 * A block a module adds to the staff dashboard, shown to users holding {@link #authority()}. The dashboard loads it
 * from {@link #url()} (a page fragment the module serves, via htmx), so each module keeps its own queries.
 */
public record DashboardSection(String authority, String url, int order) {
}
