package org.fazhi.enforcement.internal;

import org.fazhi.deadline.ClockPurpose;

/**
 * 案件期限 — the clocks a penalty case keeps in the deadline engine, each named by the case and its purpose. Which
 * step starts, meets, stops, pauses, resumes or extends which of them is {@link StepClocks}.
 */
public enum CaseClock implements ClockPurpose {
    /** 《行政处罚法》第60条 */
    DECISION("作出处罚决定期限", Owner.AUTHORITY),
    /** 第44条、第45条; 听证申请期限 where a hearing applies (第64条): the party's window */
    STATEMENT_WINDOW("陈述申辩期限", Owner.PARTY),
    /** 第64条第2项 */
    HEARING_NOTICE("听证通知送达期限", Owner.AUTHORITY),
    /** 第56条 */
    EVIDENCE_PRESERVATION("先行登记保存证据处理决定期限", Owner.AUTHORITY),
    /** 第61条 */
    SERVICE("处罚决定书送达期限", Owner.AUTHORITY),
    /** 第67条: the party's time to pay; passed, late fees run and the reminder follows */
    PAYMENT("罚款缴纳期限", Owner.PARTY),
    /** 《行政强制法》第54条: the party's time to perform after the reminder */
    REMINDER("催告履行期限", Owner.PARTY),
    /** 《行政强制法》第53条 */
    COURT_APPLICATION("申请人民法院强制执行期限", Owner.AUTHORITY);

    /** The subject type of a case's clocks in the deadline engine. */
    public static final String SUBJECT = "penalty.case";

    private final String title;
    private final Owner owner;

    CaseClock(String title, Owner owner) {
        this.title = title;
        this.owner = owner;
    }

    @Override
    public String code() {
        return ClockPurpose.codeOf(this);
    }

    @Override
    public Owner owner() {
        return owner;
    }

    /** The title staff read on the dashboard, with the case number. */
    String titleFor(PenaltyCase c) {
        String what = switch (this) {
            case STATEMENT_WINDOW -> c.getNotice().isHearingApplicable() ? "听证申请期限" : title;
            case HEARING_NOTICE -> title + "（听证日" + c.getHearing().getDate() + "）";
            default -> title;
        };
        return what + "（" + c.getCaseNumber() + "）";
    }
}
