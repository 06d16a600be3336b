package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentReportRepository extends JpaRepository<IncidentReport, Long> {

    List<IncidentReport> findByIncidentIdOrderByMadeAtAscIdAsc(long incidentId);
}
