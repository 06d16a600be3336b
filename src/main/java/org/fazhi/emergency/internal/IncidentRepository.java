package org.fazhi.emergency.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    List<Incident> findAllByOrderByKnownAtDesc();
}
