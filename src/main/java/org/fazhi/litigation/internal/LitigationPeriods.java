package org.fazhi.litigation.internal;

import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.shared.LegalBasis;

/** The periods of a case that the law sets, each citing its article. */
public final class LitigationPeriods {

    /**
     * 《行政诉讼法》第67条: the defendant submits its answer and evidence within 15 days of receiving the copy of the
     * complaint — calendar days from the next day; a last day that is a rest day or holiday rolls to the next working
     * day (an adjusted working day does not roll).
     */
    public static final StatutoryPeriod LITIGATION_ANSWER = StatutoryPeriod.calendarDays(15,
            LegalBasis.of("行政诉讼法", 67));

    /**
     * 《行政复议法》第48条: the respondent answers within 10 days of receiving the copy of the application; art. 88
     * makes a period of 10 days working days.
     */
    public static final StatutoryPeriod RECONSIDERATION_ANSWER = StatutoryPeriod.workingDays(10,
            LegalBasis.of("行政复议法", 48, 88));

    /** 《行政诉讼法》第3条第3款: the head of the defendant appears in court, or sends a member of staff. */
    public static final LegalBasis HEAD_APPEARS = LegalBasis.of("行政诉讼法", 3);

    /** 最高人民法院关于行政机关负责人出庭应诉若干问题的规定 第8条: the excuses the court accepts for the head's absence. */
    public static final LegalBasis ACCEPTED_EXCUSES = LegalBasis.of("最高人民法院关于行政机关负责人出庭应诉若干问题的规定", 8);

    private LitigationPeriods() {
    }

    static StatutoryPeriod answerPeriod(CaseKind kind) {
        return kind == CaseKind.LITIGATION ? LITIGATION_ANSWER : RECONSIDERATION_ANSWER;
    }
}
