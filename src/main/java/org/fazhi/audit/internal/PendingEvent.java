package org.fazhi.audit.internal;

import java.time.Instant;

/** An audit event waiting for its transaction's commit to be chained. */
record PendingEvent(Instant occurredAt, String actor, Long actorUnitId, Long townId, String entityType,
                    String entityId, String action, String beforeState, String afterState, String reason,
                    String requestId) {
}
