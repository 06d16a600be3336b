package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Applications within the caller's data scope (the platform's filters apply to every query). */
public interface ApplicationRepository extends JpaRepository<DisclosureApplication, Long>,
        JpaSpecificationExecutor<DisclosureApplication> {

    Optional<DisclosureApplication> findByTrackingCode(String trackingCode);

    List<DisclosureApplication> findByStatusInOrderByReceivedOnAsc(Collection<ApplicationStatus> statuses);

    /** Applications of a town relevant to a report year: received by its end, not decided before its start. */
    @Query("select a from DisclosureApplication a where a.townId = :town and a.receivedOn <= :yearEnd "
            + "and (a.reply.decidedOn is null or a.reply.decidedOn >= :yearStart)")
    List<DisclosureApplication> forYear(long town, LocalDate yearStart, LocalDate yearEnd);

    @Query("select count(a) from DisclosureApplication a where a.townId = :town and a.receivedOn between :from and :to")
    long countReceived(long town, LocalDate from, LocalDate to);

    /** Requests of the same applicant (by ID number) in a period, in order of receipt. */
    @Query("select a.id from DisclosureApplication a where a.townId = :town and a.applicant.idNumber = :idNumber "
            + "and a.receivedOn between :from and :to order by a.receivedOn, a.id")
    List<Long> sameApplicant(long town, String idNumber, LocalDate from, LocalDate to);

    @Query("select a from DisclosureApplication a where a.reply.decidedOn between :from and :to")
    List<DisclosureApplication> decidedBetween(LocalDate from, LocalDate to);

    Page<DisclosureApplication> findAll(org.springframework.data.jpa.domain.Specification<DisclosureApplication> spec,
                                        Pageable pageable);
}
