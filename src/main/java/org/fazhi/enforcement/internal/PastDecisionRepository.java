package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PastDecisionRepository extends JpaRepository<PastDecision, Long> {

    boolean existsByCaseNumber(String caseNumber);

    List<PastDecision> findByDecidedOnBetween(LocalDate first, LocalDate last);

    java.util.Optional<PastDecision> findByTownIdAndCaseNumber(Long townId, String caseNumber);
}
