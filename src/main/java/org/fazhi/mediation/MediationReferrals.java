package org.fazhi.mediation;

import java.time.LocalDate;

/**
 * 转交调解 — another module hands a matter to people's mediation: a new dispute on referral (其他部门移送), held by the
 * committee of the caller's level (a village's staff: the village committee; the town's: the town committee), with the
 * person concerned as applicant. The caller must be able to write for that committee; rules refused answer
 * {@link org.fazhi.shared.RuleViolation} and nothing is registered.
 */
public interface MediationReferrals {

    /**
     * @param villageId   the village or community where the dispute arises
     * @param on          the day of referral (acceptance)
     * @param summary     what the dispute is about, with the referring record named (e.g. 法律咨询 ABCD-EFGH-JKMN)
     * @param phone       the applicant's phone, or {@code null}
     */
    Referred refer(long villageId, LocalDate on, DisputeCategory category, String summary, String applicantName,
                   String phone);

    /** The dispute registered: its id and case number (纠纷编号). */
    record Referred(long disputeId, String caseNo) {
    }
}
