package org.fazhi.report.internal;

/**
 * A figure of the report as it reads: its stable key, its value as printed ({@code null} where the platform does not
 * record it yet), what it counts, the module it comes from, and the list of the records behind it.
 */
public record ReportFigure(String key, String value, String label, String module, String definition, String link) {

    /** Whether the platform records the figure (its module exists). */
    public boolean recorded() {
        return value != null;
    }
}
