package org.fazhi.ledger;

import java.util.List;

/**
 * A ledger (台账) a module lets staff import: a Spring bean of the module, which keeps the mapping of a row to its own
 * command and saves it through its own service, so an imported record is validated and audited like any other.
 *
 * @param <T> the validated command one row becomes
 */
public interface LedgerFormat<T> {

    /** The ledger's name as staff know it, e.g. {@code 组织机构台账}; also its identifier in URLs. */
    String name();

    /** The authority (permission name) needed to import it, e.g. {@code ORG_MANAGE}. */
    String authority();

    /** Every authority that allows the import (any one suffices); by default only {@link #authority()}. */
    default java.util.Set<String> authorities() {
        return java.util.Set.of(authority());
    }

    /** The columns, in template order. Headers are matched by name, so a file may order them differently. */
    List<LedgerColumn> columns();

    /**
     * Maps a row to a command, recording each problem on the row ({@link LedgerRow#value}, {@link LedgerRow#reject});
     * the return value is ignored when the row has problems. Runs inside the row's transaction.
     */
    T read(LedgerRow row);

    /** The row's natural key: a row whose key was imported before into the same town is skipped. */
    LedgerKey keyOf(T command);

    /**
     * Saves the command through the module's service. A {@link org.fazhi.shared.RuleViolation} (or any other failure)
     * rolls the whole row back and is reported against it.
     */
    void save(T command);

    /**
     * Called in a chunk's transaction with the commands about to be saved, in file order, before the first of them is:
     * a ledger can take in one statement what its rows share (a lock on each counter they number from) instead of
     * one statement per row. By default nothing.
     */
    default void beforeSaving(List<T> commands) {
    }

    /** The column a {@link org.fazhi.shared.RuleViolation} field of the module's service stands for, if any. */
    default String columnOf(String field) {
        return null;
    }
}
