package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RumourResponseRepository extends JpaRepository<RumourResponse, Long> {

    List<RumourResponse> findByIncidentIdOrderByNoticedAtAsc(long incidentId);
}
