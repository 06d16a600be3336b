package org.fazhi.legalservice.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePointRepository extends JpaRepository<ServicePoint, Long> {

    List<ServicePoint> findByTownIdOrderByKindAscNameAsc(Long townId);

    List<ServicePoint> findAllByOrderByKindAscNameAsc();
}
