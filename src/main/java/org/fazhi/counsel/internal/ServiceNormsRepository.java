package org.fazhi.counsel.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceNormsRepository extends JpaRepository<ServiceNorms, Long> {

    Optional<ServiceNorms> findByTownId(Long townId);
}
