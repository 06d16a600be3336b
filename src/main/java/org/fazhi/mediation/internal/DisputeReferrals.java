package org.fazhi.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.MediationReferrals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link MediationReferrals} through the registration every dispute goes through, so the same rules apply. */
@Component
class DisputeReferrals implements MediationReferrals {

    private final DisputeService service;

    DisputeReferrals(DisputeService service) {
        this.service = service;
    }

    @Override
    @Transactional
    public Referred refer(long villageId, LocalDate on, DisputeCategory category, String summary,
                          String applicantName, String phone) {
        Dispute d = service.register(new DisputeCommands.Registration(villageId, on, category,
                DisputeSource.OTHER_DEPARTMENT, IntakeChannel.DEPARTMENT_REFERRAL, summary,
                List.of(new DisputeCommands.PartyInput(PartyRole.APPLICANT, applicantName, null, phone, null)), null,
                RiskLevel.LOW, false, 0, 0, null, null));
        return new Referred(d.getId(), d.getCaseNo());
    }
}
