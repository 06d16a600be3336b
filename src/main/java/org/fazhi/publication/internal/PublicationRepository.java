package org.fazhi.publication.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByTownIdAndCaseNumber(Long townId, String caseNumber);

    List<Publication> findByCaseNumber(String caseNumber);

    @Query("select p from Publication p where p.status in :statuses and (:q is null or p.searchText like :q escape '\\')")
    Page<Publication> desk(Collection<PublicationStatus> statuses, String q, Pageable pageable);

    @Query("select p from Publication p where p.status = 'PUBLISHED' and p.withdrawal.revokedOn is not null")
    List<Publication> awaitingWithdrawal();

    @Query("select p from Publication p where p.status in ('PUBLISHED', 'WITHDRAWN') and p.publishedOn <= :before")
    List<Publication> publishedOnOrBefore(LocalDate before);

    List<Publication> findByStatus(PublicationStatus status);

    List<Publication> findByAgeOnViolationFalse();

    @Query("select p from Publication p where p.decidedOn >= :from and p.decidedOn < :to")
    List<Publication> decidedBetween(LocalDate from, LocalDate to);

    @Query("select p from Publication p where p.townId = :townId and p.decidedOn >= :from and p.decidedOn < :to")
    List<Publication> decidedBetween(long townId, LocalDate from, LocalDate to);
}
