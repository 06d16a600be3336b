package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanTaskRepository extends JpaRepository<WorkPlanTask, Long> {

    List<WorkPlanTask> findByPlanIdOrderByDueOnAscIdAsc(long planId);
}
