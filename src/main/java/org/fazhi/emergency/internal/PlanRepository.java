package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<ContingencyPlan, Long> {

    List<ContingencyPlan> findAllByOrderByScopeAscTitleAsc();
}
