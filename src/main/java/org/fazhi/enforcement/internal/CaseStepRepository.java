package org.fazhi.enforcement.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByCaseIdOrderByOnAscIdAsc(long caseId);

    List<CaseStep> findByCaseIdIn(Collection<Long> caseIds);
}
