package org.fazhi.audit.internal;

import java.time.Instant;

/** An audit event waiting for its transaction's commit to be chained. */
record PendingEvent(Instant occurredAt, String actor, Long actorUnitId, Long townId, String entityType,
                    String entityId, String action, String beforeState, String afterState, String reason,
                    String requestId, String recordName, String recordOwner) {

    /**
     * The fields the hash covers after sequence number and predecessor. The record's name and owner were added later:
     * they are covered when set, and an event without them hashes exactly as events did before they existed, so
     * the older events still verify and the name of a newer one cannot be changed unseen.
     */
    Object[] hashed() {
        return hashed(occurredAt, actor, actorUnitId, townId, entityType, entityId, action, beforeState, afterState,
                reason, requestId, recordName, recordOwner);
    }

    static Object[] hashed(Object... fields) {
        int n = fields.length;
        boolean named = fields[n - 2] != null || fields[n - 1] != null;
        return named ? fields : java.util.Arrays.copyOf(fields, n - 2);
    }
}
