package org.fazhi.mediation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Screening campaigns within the caller's scope. */
public interface CampaignRepository extends JpaRepository<ScreeningCampaign, Long> {
}
