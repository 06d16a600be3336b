package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRecordRepository extends JpaRepository<PlanRecord, Long> {

    List<PlanRecord> findByPlanIdOrderByOnDescIdDesc(long planId);
}
