package org.fazhi.organization.scope;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction manager of the platform. It is where the data scope meets the database: every transaction's
 * session gets the caller's scope filters, so no module can forget them. Before the before-commit callbacks it
 * flushes, so that flush-time listeners (the audit trail) have seen every change when those callbacks run.
 */
public class ScopedTransactionManager extends JpaTransactionManager {

    /** No town: the filter of a scope without towns (an anonymous caller) matches nothing. */
    private static final List<Long> NO_TOWN = List.of(-1L);

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManager em = currentEntityManager();
        if (em == null) {
            return;
        }
        enableFilters(em.unwrap(Session.class), DataScope.current());
    }

    /**
     * The filters of {@code scope} on the session (none for the platform's own work). The statistics' statements in
     * SQL ({@link ScopedStatements}) do not see them and state the scope themselves ({@link ScopedSql}).
     */
    private static void enableFilters(Session session, UserScope scope) {
        if (scope.system()) {
            session.disableFilter(ScopedRecord.TOWN_FILTER);
            session.disableFilter(ScopedRecord.VILLAGE_FILTER);
            return;
        }
        session.enableFilter(ScopedRecord.TOWN_FILTER)
                .setParameterList("townIds", scope.townIds().isEmpty() ? NO_TOWN : List.copyOf(scope.townIds()));
        if (scope.villageId() != null) {
            session.enableFilter(ScopedRecord.VILLAGE_FILTER).setParameter("villageId", scope.villageId());
        }
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        super.prepareForCommit(status);
        EntityManager em = currentEntityManager();
        // processCommit calls this for participating methods too: flush only before the real commit, or a long
        // transaction (a ledger chunk) flushes its whole persistence context once per service call
        if (status.isNewTransaction() && em != null && !status.isReadOnly() && em.isJoinedToTransaction()) {
            em.flush();
        }
    }

    private EntityManager currentEntityManager() {
        Object holder = TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        return holder instanceof EntityManagerHolder h ? h.getEntityManager() : null;
    }
}
