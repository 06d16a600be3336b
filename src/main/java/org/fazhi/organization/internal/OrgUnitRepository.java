package org.fazhi.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByParentIdOrderBySortOrderAscNameAsc(Long parentId);

    boolean existsByParentIdAndName(Long parentId, String name);
}
