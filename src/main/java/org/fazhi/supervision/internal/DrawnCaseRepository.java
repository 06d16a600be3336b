package org.fazhi.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DrawnCaseRepository extends JpaRepository<DrawnCase, Long> {

    List<DrawnCase> findByRoundIdOrderByDepartmentIdAscCaseIdAsc(long roundId);
}
