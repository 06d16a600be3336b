package org.fazhi.audit;

import java.time.Instant;

/**
 * One event of the audit trail as staff read it. Personal values in the states are masked. {@code recordName} is
 * the name people know the record by (its 案号, 申请编号 …), captured when the event was recorded; for a part of
 * another record (a case step) it is the owner's name and {@code recordOwner} the owner's type. Both are
 * {@code null} on events recorded before names were kept.
 */
public record AuditEntry(long seqNo, Instant occurredAt, String actor, Long actorUnitId, Long townId,
                         String entityType, String entityId, String action, String beforeState, String afterState,
                         String reason, String requestId, String recordName, String recordOwner) {
}
