package org.fazhi.enforcement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CoerciveMeasureRepository extends JpaRepository<CoerciveMeasure, Long>,
        JpaSpecificationExecutor<CoerciveMeasure> {

    List<CoerciveMeasure> findByCaseIdOrderByAppliedOnAscIdAsc(long caseId);

    boolean existsByTownIdAndDecisionNumber(long townId, String decisionNumber);
}
