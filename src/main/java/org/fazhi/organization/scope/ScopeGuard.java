package org.fazhi.organization.scope;

import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.fazhi.shared.AccessDenied;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Entity listener of {@link ScopedRecord}: the write half of the data scope. A Spring bean, which the persistence
 * provider obtains from the application context (so each running application checks against its own org tree).
 */
@Component
public class ScopeGuard {

    private final ObjectProvider<OrgDirectory> directory;

    ScopeGuard(ObjectProvider<OrgDirectory> directory) {
        this.directory = directory;
    }

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

    private void require(Long holderUnitId, ScopedRecord record) {
        if (holderUnitId == null) {
            throw new IllegalStateException(record.getClass().getSimpleName() + " has no holder unit");
        }
        UserScope scope = DataScope.current();
        if (scope.system()) {
            return;
        }
        OrgUnitView holder = directory.getObject().get(holderUnitId);
        if (!scope.canWrite(holder.townId(), holder.villageId())) {
            throw new AccessDenied("error.scope.write");
        }
    }
}
