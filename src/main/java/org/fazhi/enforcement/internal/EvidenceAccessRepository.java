package org.fazhi.enforcement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceAccessRepository extends JpaRepository<EvidenceAccess, Long> {

    List<EvidenceAccess> findByCaseIdOrderByAccessedAtAscIdAsc(long caseId);
}
