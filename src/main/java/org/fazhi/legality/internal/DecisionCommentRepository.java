package org.fazhi.legality.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionCommentRepository extends JpaRepository<DecisionComment, Long> {

    List<DecisionComment> findByDecisionIdOrderByIdAsc(long decisionId);
}
