package org.fazhi.report.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    List<WorkPlan> findAllByOrderByPlanYearDescIdDesc();

    Optional<WorkPlan> findByTownIdAndPlanYear(long townId, int planYear);
}
