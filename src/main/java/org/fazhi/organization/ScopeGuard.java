package org.fazhi.organization;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.fazhi.shared.AccessDenied;

/** Entity listener of {@link ScopedRecord}: the write half of the data scope. */
public class ScopeGuard {

    @PrePersist
    void beforeInsert(ScopedRecord record) {
        require(record.getHolderUnitId(), record);
    }

    @PreUpdate
    void beforeUpdate(ScopedRecord record) {
        Long held = record.loadedHolderUnitId() != null ? record.loadedHolderUnitId() : record.getHolderUnitId();
        require(held, record);
    }

    @PreRemove
    void beforeDelete(ScopedRecord record) {
        Long held = record.loadedHolderUnitId() != null ? record.loadedHolderUnitId() : record.getHolderUnitId();
        require(held, record);
    }

    private static void require(Long holderUnitId, ScopedRecord record) {
        if (holderUnitId == null) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " has no holder unit");
        }
        UserScope scope = DataScope.current();
        if (scope.system()) {
            return;
        }
        OrgUnitView holder = OrgDirectoryHolder.directory().get(holderUnitId);
        if (!scope.canWrite(holder.townId(), holder.villageId())) {
            throw new AccessDenied("error.scope.write");
        }
    }
}
