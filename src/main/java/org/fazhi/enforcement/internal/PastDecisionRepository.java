package org.fazhi.enforcement.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PastDecisionRepository extends JpaRepository<PastDecision, Long> {

    boolean existsByCaseNumber(String caseNumber);
}
