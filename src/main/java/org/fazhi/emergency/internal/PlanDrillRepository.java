package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDrillRepository extends JpaRepository<PlanDrill, Long> {

    List<PlanDrill> findByPlanIdOrderByHeldOnDesc(long planId);
}
