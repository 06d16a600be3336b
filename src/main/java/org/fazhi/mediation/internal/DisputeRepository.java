package org.fazhi.mediation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Disputes within the caller's data scope (the scope filters apply to every query and load). */
public interface DisputeRepository extends JpaRepository<Dispute, Long>, JpaSpecificationExecutor<Dispute> {

    @Query("select d from Dispute d where d.major = true and d.status <> org.fazhi.mediation.internal.DisputeStatus.SUCCEEDED "
            + "order by d.acceptedOn desc")
    List<Dispute> unresolvedMajor();

    List<Dispute> findByCampaignAssignmentIdIn(List<Long> assignmentIds);

    java.util.Optional<Dispute> findByTrackingCode(String trackingCode);
}
