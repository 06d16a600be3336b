package org.fazhi.ledger;

/**
 * A rejected row of an import: nothing of it was written.
 *
 * @param row    the spreadsheet row number (the header is row 1)
 * @param column the header text of the offending column, or {@code null} for a problem of the whole row
 * @param reason why, in the user's language
 */
public record Rejection(long row, String column, String reason) {
}
