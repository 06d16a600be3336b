package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CoerciveMeasureRepository extends JpaRepository<CoerciveMeasure, Long> {

    List<CoerciveMeasure> findByCaseIdOrderByAppliedOnAscIdAsc(long caseId);

    List<CoerciveMeasure> findByAppliedOnBetween(LocalDate first, LocalDate last);

    boolean existsByTownIdAndDecisionNumber(long townId, String decisionNumber);
}
