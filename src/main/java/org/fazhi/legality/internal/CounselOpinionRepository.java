package org.fazhi.legality.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounselOpinionRepository extends JpaRepository<CounselOpinion, Long> {

    List<CounselOpinion> findByReviewIdOrderByIdAsc(long reviewId);

    @Query("select distinct o.reviewId from CounselOpinion o where o.counsel = :counsel")
    List<Long> reviewIdsAskedOf(String counsel);

    /** [kind, townId, count] of the opinions written in the period, within the caller's scope. */
    @Query("""
            select r.kind, r.townId, count(o) from CounselOpinion o, LegalityReview r
            where o.reviewId = r.id and o.writtenOn between :from and :to
            group by r.kind, r.townId""")
    List<Object[]> writtenBetween(LocalDate from, LocalDate to);
}
