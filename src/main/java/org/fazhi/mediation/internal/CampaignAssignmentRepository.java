package org.fazhi.mediation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The villages' campaign assignments within the caller's scope. */
public interface CampaignAssignmentRepository extends JpaRepository<CampaignAssignment, Long> {

    List<CampaignAssignment> findByCampaignIdOrderByVillageId(long campaignId);

    List<CampaignAssignment> findAllByOrderByStartsOnDesc();
}
