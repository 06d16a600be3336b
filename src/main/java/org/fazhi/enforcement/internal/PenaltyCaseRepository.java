package org.fazhi.enforcement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long>, JpaSpecificationExecutor<PenaltyCase> {

    List<PenaltyCase> findByStateNot(CaseState state);

    List<PenaltyCase> findByStateInOrderByIdAsc(java.util.Collection<CaseState> states);

    boolean existsByCaseNumberOrDecisionNumber(String caseNumber, String decisionNumber);

    java.util.Optional<PenaltyCase> findByTownIdAndCaseNumber(Long townId, String caseNumber);
}
