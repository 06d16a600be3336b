package org.fazhi.organization.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the signed-in sessions of an account whose access changed (disabled, password reset, roles or home unit
 * changed): roles, permissions and scope are fixed at login, so the old session must not live on with them. The
 * sessions are marked expired once the change commits, in the sessions table every node reads; their next request
 * goes back to the login page.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of {@code username} except {@code keepSessionId} (may be null) after the commit. */
    void endAfterCommit(String username, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username, keepSessionId);
                }
            });
        } else {
            end(username, keepSessionId);
        }
    }

    private void end(String username, String keepSessionId) {
        for (SessionInformation s : registry.getAllSessions(username, false)) {
            if (!s.getSessionId().equals(keepSessionId)) {
                s.expireNow();
            }
        }
    }
}
