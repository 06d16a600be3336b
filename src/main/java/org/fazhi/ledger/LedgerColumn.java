package org.fazhi.ledger;

/**
 * A column of a ledger.
 *
 * @param name     the header text (Chinese, as in the paper ledger)
 * @param required whether the header must be present and each row must fill it
 * @param hint     what to write, for the template's explanation sheet: a message key or plain text
 */
public record LedgerColumn(String name, boolean required, String hint) {

    public static LedgerColumn required(String name, String hint) {
        return new LedgerColumn(name, true, hint);
    }

    public static LedgerColumn optional(String name, String hint) {
        return new LedgerColumn(name, false, hint);
    }
}
