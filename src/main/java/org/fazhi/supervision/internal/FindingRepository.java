package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<SupervisionFinding, Long> {

    List<SupervisionFinding> findByRuleAndSubjectTypeAndSubjectId(FindingRule rule, String subjectType,
                                                                 String subjectId);

    List<SupervisionFinding> findByNoticeIdOrderByIdAsc(Long noticeId);

    @Query("""
            select f from SupervisionFinding f
            where (:rule is null or f.rule = :rule) and (:state is null or f.state = :state)
              and (:townId is null or f.townId = :townId)
              and f.detectedOn between :from and :to
            order by f.detectedOn desc, f.id desc""")
    Page<SupervisionFinding> search(FindingRule rule, FindingState state, Long townId, LocalDate from, LocalDate to,
                                    Pageable pageable);

    /** The findings detected in the period, of one town or (townId null) of every town in the caller's scope. */
    @Query("""
            select f from SupervisionFinding f
            where (:townId is null or f.townId = :townId) and f.detectedOn between :from and :to""")
    List<SupervisionFinding> detectedBetween(Long townId, LocalDate from, LocalDate to);

    @Query("select count(f) from SupervisionFinding f where f.townId = :townId and f.state in :states")
    long countByTown(Long townId, Collection<FindingState> states);
}
