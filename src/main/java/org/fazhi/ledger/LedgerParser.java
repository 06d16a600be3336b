package org.fazhi.ledger;

/** Turns a cell's text (trimmed, never blank) into a value, or throws {@link InvalidLedgerValue}. */
@FunctionalInterface
public interface LedgerParser<V> {

    V parse(String text);
}
