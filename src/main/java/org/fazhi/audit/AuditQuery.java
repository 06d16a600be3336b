package org.fazhi.audit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What the trail is searched by; every part is optional. {@code entityTypes} are record types as the trail keeps them
 * (a module's types, say); {@code action} matches an action or, ending in {@code :}, every action of that kind
 * ({@code SECURITY:}).
 */
public record AuditQuery(String actor, Collection<String> entityTypes, String action, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
