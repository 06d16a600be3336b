package org.fazhi.organization.scope;

import jakarta.persistence.EntityManager;
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

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManager em = currentEntityManager();
        if (em == null) {
            return;
        }
        ScopeFilters.enable(em.unwrap(Session.class), DataScope.current());
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
