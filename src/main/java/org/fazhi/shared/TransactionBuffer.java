package org.fazhi.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that belongs to the current transaction and is handed over just before that transaction commits: the audit
 * events a transaction appends to the chain, the case numbers it has taken. Writing them once per commit instead of
 * once per change is what makes a chunk of an imported ledger cheap.
 *
 * <p>The value is bound to one transaction. A transaction started inside another ({@code REQUIRES_NEW}) gets a value of
 * its own, written at its own commit, and the outer transaction's value is in place again when it ends: Spring
 * suspends the outer transaction's synchronizations but not resources bound by hand, so without this an inner
 * transaction would add to the outer one's buffer and its changes could commit without what the buffer stands for.
 *
 * @param <T> what is collected, e.g. a list of events
 */
public final class TransactionBuffer<T> {

    private final Object key = new Object();
    private final Supplier<T> fresh;
    private final Consumer<T> beforeCommit;
    private final int order;

    /**
     * @param fresh        makes the empty value of a transaction
     * @param beforeCommit writes the value, in the transaction, just before it commits (not called on rollback)
     * @param order        order among the transaction's synchronizations; {@code Integer.MAX_VALUE} runs last
     */
    public TransactionBuffer(Supplier<T> fresh, Consumer<T> beforeCommit, int order) {
        this.fresh = fresh;
        this.beforeCommit = beforeCommit;
        this.order = order;
    }

    /** Whether there is a transaction to collect for; outside one the caller writes at once. */
    public static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** The current transaction's value, made and registered on first use. Needs {@link #active()}. */
    public T get() {
        Bound<T> bound = bound();
        if (bound != null && ownedByCurrentTransaction(bound)) {
            return bound.value;
        }
        if (bound != null) {
            TransactionSynchronizationManager.unbindResource(key);
        }
        T value = fresh.get();
        Bound<T> outer = bound;
        TransactionSynchronization sync = new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return order;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                TransactionBuffer.this.beforeCommit.accept(value);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (outer != null) {
                    TransactionSynchronizationManager.bindResource(key, outer);
                }
            }
        };
        TransactionSynchronizationManager.registerSynchronization(sync);
        TransactionSynchronizationManager.bindResource(key, new Bound<>(value, sync));
        return value;
    }

    /** The current transaction's value when it has one, without making it. */
    public T peek() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Bound<T> bound = bound();
        return bound != null && ownedByCurrentTransaction(bound) ? bound.value : null;
    }

    @SuppressWarnings("unchecked")
    private Bound<T> bound() {
        return (Bound<T>) TransactionSynchronizationManager.getResource(key);
    }

    /** An outer transaction's synchronizations are suspended while an inner one runs, so its own are not listed. */
    private static boolean ownedByCurrentTransaction(Bound<?> bound) {
        return TransactionSynchronizationManager.getSynchronizations().contains(bound.sync);
    }

    private record Bound<T>(T value, TransactionSynchronization sync) {
    }
}
