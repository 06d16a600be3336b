package org.fazhi.enforcement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseApprovalRepository extends JpaRepository<CaseApproval, Long> {

    List<CaseApproval> findByCaseIdOrderByIdAsc(long caseId);
}
