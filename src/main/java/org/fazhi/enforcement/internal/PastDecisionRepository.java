package org.fazhi.enforcement.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PastDecisionRepository extends JpaRepository<PastDecision, Long>,
        JpaSpecificationExecutor<PastDecision> {

    boolean existsByCaseNumber(String caseNumber);

    java.util.Optional<PastDecision> findByTownIdAndCaseNumber(Long townId, String caseNumber);
}
