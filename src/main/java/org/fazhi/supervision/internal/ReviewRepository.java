package org.fazhi.supervision.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<ReviewRound, Long> {

    boolean existsByTownIdAndYear(Long townId, int year);

    Page<ReviewRound> findAllByOrderByYearDescIdDesc(Pageable pageable);
}
