package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegalQuestionRepository extends JpaRepository<LegalQuestion, Long> {

    Optional<LegalQuestion> findByTrackingCode(String trackingCode);

    /** The questions the caller reads: all of its scope, or only those it holds ({@code me}). */
    @Query("""
            select q from LegalQuestion q
            where (:all = true or q.advisor = :me) and (:state is null or q.state = :state)
            order by q.askedOn desc, q.id desc""")
    Page<LegalQuestion> search(boolean all, String me, QuestionState state, Pageable pageable);

    /** Published answers of a town (the caller runs as the platform: the town is the filter). */
    @Query("""
            select q from LegalQuestion q
            where q.townId = :townId and q.answeredOn is not null and q.publishConsent = true and q.withheld = false
            order by q.answeredOn desc, q.id desc""")
    Page<LegalQuestion> published(long townId, Pageable pageable);

    List<LegalQuestion> findByAskedOnBetween(LocalDate from, LocalDate to);
}
