package org.fazhi.audit;

import java.time.Instant;

/** One event of the audit trail as staff read it. Personal values in the states are masked. */
public record AuditEntry(long seqNo, Instant occurredAt, String actor, Long actorUnitId, Long townId,
                         String entityType, String entityId, String action, String beforeState, String afterState,
                         String reason, String requestId) {
}
