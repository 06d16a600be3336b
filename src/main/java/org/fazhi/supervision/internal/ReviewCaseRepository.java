package org.fazhi.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long> {

    List<ReviewCase> findByRoundIdOrderByDepartmentIdAscCaseIdAsc(long roundId);
}
