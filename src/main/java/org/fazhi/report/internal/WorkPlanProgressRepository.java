package org.fazhi.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanProgressRepository extends JpaRepository<WorkPlanProgress, Long> {

    List<WorkPlanProgress> findByTaskIdInOrderByReportedOnAscIdAsc(List<Long> taskIds);
}
