package org.fazhi.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * 最后修改 — who changed a record last and when, as the audit trail recorded it; the conflict answer of a lost race
 * quotes it ("该记录已被 X 于 T 修改"). Implemented by the audit module.
 */
public interface LastChanges {

    /** The last recorded change of the record of this type and id, if the trail has one. */
    Optional<LastChange> of(Class<?> type, Object id);

    /** A change: the user name of whoever made it and when. */
    record LastChange(String actor, Instant at) {
    }
}
