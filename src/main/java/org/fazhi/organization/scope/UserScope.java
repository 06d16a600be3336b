package org.fazhi.organization.scope;

import java.util.Set;

/**
 * 数据范围 — which records a user may read and write. A village user: that village's records only; a user of a town
 * or one of its departments: the town's records (its villages included); a district user: every town of the
 * district. A read-only scope (the district supervisor) writes nothing.
 *
 * @param homeUnitId the user's home org unit, or {@code null} for the platform itself (jobs, demo loading)
 * @param townIds    the towns whose records are readable
 * @param villageId  when set, only records of this village are readable
 * @param readOnly   true when the user may write no business record
 * @param system     true for the platform's own work, which is not limited
 */
public record UserScope(Long userId, String username, Long homeUnitId, Set<Long> townIds, Long villageId,
                        boolean readOnly, boolean system) implements java.io.Serializable {

    /** The platform's own work: scheduled jobs, demo loading, public read models. */
    public static final UserScope SYSTEM = new UserScope(null, "system", null, Set.of(), null, false, true);

    /** Nobody: an anonymous request sees no scoped record. */
    public static final UserScope NONE = new UserScope(null, "anonymous", null, Set.of(), null, true, false);

    public boolean canReadTown(long townId) {
        return system || townIds.contains(townId);
    }

    /** Whether a record held by a unit of {@code townId} (village {@code villageIdOfHolder}, or none) is readable. */
    public boolean canRead(Long townId, Long villageIdOfHolder) {
        if (system) {
            return true;
        }
        if (townId == null || !townIds.contains(townId)) {
            return false;
        }
        return villageId == null || villageId.equals(villageIdOfHolder);
    }

    /** Whether a record held by the given unit may be written: readable, and the scope is not read-only. */
    public boolean canWrite(Long townId, Long villageIdOfHolder) {
        return !readOnly && canRead(townId, villageIdOfHolder);
    }
}
