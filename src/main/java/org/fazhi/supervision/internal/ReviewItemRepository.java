package org.fazhi.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    List<ReviewItem> findByTownIdAndRoundIdIsNullOrderByPositionAsc(Long townId);

    List<ReviewItem> findByRoundIdOrderByPositionAsc(Long roundId);
}
