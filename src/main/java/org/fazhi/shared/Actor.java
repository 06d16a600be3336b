package org.fazhi.shared;

import java.util.Set;

/**
 * Who is acting, as the audit trail records it. Implemented by the signed-in user's principal; lets the audit module
 * name the actor without depending on the organisation module.
 */
public interface Actor {

    String actorName();

    /** The actor's home org unit. */
    Long actorUnitId();

    /** The town of the actor's home unit, or {@code null} for a district user. */
    Long actorTownId();

    /** The towns whose audit events the actor may read; {@code null} for the whole installation. */
    Set<Long> readableTownIds();
}
