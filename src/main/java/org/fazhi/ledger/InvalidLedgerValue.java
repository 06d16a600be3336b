package org.fazhi.ledger;

/** A cell's text is not a value of the wanted kind; the message key explains why, in the user's language. */
public class InvalidLedgerValue extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidLedgerValue(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
