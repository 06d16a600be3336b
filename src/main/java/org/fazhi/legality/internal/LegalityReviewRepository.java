package org.fazhi.legality.internal;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalityReviewRepository extends JpaRepository<LegalityReview, Long> {

    @Query("""
            select r from LegalityReview r
            where (:kind is null or r.kind = :kind) and (:state is null or r.state = :state)
              and (:q is null or r.title like :q escape '\\')
              and (:allIds = true or r.id in :ids)
            order by r.receivedOn desc, r.id desc""")
    Page<LegalityReview> search(ReviewKind kind, ReviewState state, String q, boolean allIds, Collection<Long> ids,
                                Pageable pageable);
}
