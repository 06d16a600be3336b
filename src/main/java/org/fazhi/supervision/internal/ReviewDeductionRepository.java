package org.fazhi.supervision.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDeductionRepository extends JpaRepository<ReviewDeduction, Long> {

    List<ReviewDeduction> findByReviewCaseIdOrderByIdAsc(long reviewCaseId);

    List<ReviewDeduction> findByReviewCaseIdIn(Collection<Long> reviewCaseIds);
}
