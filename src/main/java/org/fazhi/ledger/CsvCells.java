package org.fazhi.ledger;

/**
 * Cells of the CSV files the platform writes. A spreadsheet takes a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @} (or a tab or carriage return before one) for a formula, so a file name or a party's name typed
 * as {@code =HYPERLINK(…)} would run when a colleague opens the export (CSV injection); such a cell is written with a
 * leading apostrophe, which spreadsheets show as text and do not keep as part of the value.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula; {@code null} stays. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** One CSV cell (RFC 4180): neutralised, and quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = neutralise(value);
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
