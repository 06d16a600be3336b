package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<EnforcementComplaint, Long> {

    Optional<EnforcementComplaint> findByTrackingCode(String trackingCode);

    /** The list searches the subject and the content, never the complainant (personal data). */
    @Query("""
            select c from EnforcementComplaint c
            where (:state is null or c.state = :state) and (:channel is null or c.channel = :channel)
              and (:q is null or c.content like :q escape '\\' or c.subject like :q escape '\\'
                   or c.officerName like :q escape '\\'
                   or c.caseNumber like :q escape '\\' or c.trackingCode like :q escape '\\')
            order by c.receivedOn desc, c.id desc""")
    Page<EnforcementComplaint> search(ComplaintState state, ComplaintChannel channel, String q, Pageable pageable);

    @Query("""
            select c from EnforcementComplaint c
            where c.townId = :townId and c.receivedOn between :from and :to""")
    List<EnforcementComplaint> receivedBetween(Long townId, LocalDate from, LocalDate to);
}
