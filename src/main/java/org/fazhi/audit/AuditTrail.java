package org.fazhi.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Reading the audit trail. */
public interface AuditTrail {

    /**
     * The history of one record, oldest first. The caller must already have read the record through its module, so
     * that only those who may read a record see its history.
     */
    List<AuditEntry> historyOf(Class<?> entityType, Object entityId);

    /** The trail, newest first, limited to the towns of the caller's scope (the audit administrator sees all). */
    Page<AuditEntry> search(AuditQuery query, Pageable pageable);

    /** The users who acted on records of the caller's scope, by user name, for choosing one. */
    List<String> actors();

    /** Recomputes every hash of the chain and compares the end with the chain head. */
    ChainVerification verify();
}
