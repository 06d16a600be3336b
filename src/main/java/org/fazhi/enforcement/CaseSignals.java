package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * 执法监督信号 — what the supervision of enforcement reads of the penalty cases of the platform and the past decisions
 * imported from the 行政处罚决定台账, as the data stand today. Reads follow the caller's data scope.
 */
public interface CaseSignals {

    /** The record type of a penalty case of the platform (its page: {@code /enforcement/cases/{id}}). */
    String PENALTY_CASE = "penalty.case";

    /** The record type of an imported past decision (it has no page of its own). */
    String PAST_DECISION = "penalty.past-decision";

    /**
     * A case or past decision behind a signal.
     *
     * @param subjectType  {@link #PENALTY_CASE} or {@link #PAST_DECISION}
     * @param holderUnitId the department holding the record
     * @param on           the day the signal is about (the decision, or the first act concerned)
     * @param detail       what is wrong, in Chinese (the steps without records, the officers without a certificate)
     */
    record CaseRef(String subjectType, long id, String number, String title, long holderUnitId, LocalDate on,
                   String detail) {
    }

    /** 《行政处罚法》第47条: cases with a step that needs a full-process record (执法全过程记录) and carries none. */
    List<CaseRef> stepsWithoutRecords();

    /**
     * 《行政处罚法》第58条: decided cases and past decisions of the article's kinds (重大执法决定) whose legal review
     * (法制审核) was not passed before the decision.
     */
    List<CaseRef> majorDecidedWithoutReview();

    /**
     * 《行政处罚法》第57条第2款: decided cases whose heads had to discuss them collectively (集体讨论) — complex, major
     * or of the heavy penalties of art. 63 — and did not.
     */
    List<CaseRef> decidedWithoutDiscussion();

    /**
     * 《行政处罚法》第42条: steps towards the party and past decisions taken by an officer whose certificate was not
     * valid that day (expired, cancelled, not yet issued) by the certificate register as it stands today — possible
     * when the register was corrected after the act, or for decisions entered from paper.
     */
    List<CaseRef> actsWithoutValidCertificate();
}
