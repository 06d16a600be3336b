package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.shared.LegalBasis;

/**
 * The statutory periods and figures of 《行政处罚法》 and 《行政强制法》, each once, with its article. Art. 85 of 《行政处罚法》 makes its
 * periods of 2, 3, 5 and 7 days working days; art. 69 of 《行政强制法》 does the same for its 10 days.
 */
public final class PenaltyPeriods {

    /** 《行政处罚法》第60条: decide within 90 days of filing. */
    public static final StatutoryPeriod DECISION = StatutoryPeriod.calendarDays(90, LegalBasis.of("行政处罚法", 60));
    /** 第64条第1项: the party asks for a hearing within 5 days of being served the notice — working days (第85条). */
    public static final StatutoryPeriod HEARING_REQUEST = StatutoryPeriod.workingDays(5,
            LegalBasis.of("行政处罚法", 64, 85));
    /** 第64条第2项: the party is told the time and place 7 days before the hearing — working days (第85条). */
    public static final StatutoryPeriod HEARING_NOTICE = StatutoryPeriod.workingDays(7,
            LegalBasis.of("行政处罚法", 64, 85));
    /** 第61条: served within 7 days when the party is absent — working days (第85条). */
    public static final StatutoryPeriod SERVICE = StatutoryPeriod.workingDays(7, LegalBasis.of("行政处罚法", 61, 85));
    /** 第67条: pay within 15 days of receiving the decision. */
    public static final StatutoryPeriod PAYMENT = StatutoryPeriod.calendarDays(15, LegalBasis.of("行政处罚法", 67));
    /** 第56条: decide on evidence registered for preservation within 7 days — working days (第85条). */
    public static final StatutoryPeriod EVIDENCE_PRESERVATION = StatutoryPeriod.workingDays(7,
            LegalBasis.of("行政处罚法", 56, 85));
    /** 《行政强制法》第54条: the reminder (催告) gives the party 10 days — working days (第69条). */
    public static final StatutoryPeriod REMINDER = StatutoryPeriod.workingDays(10, LegalBasis.of("行政强制法", 54, 69));
    /**
     * 《行政强制法》第25条第1款: 查封、扣押 last at most 30 days — calendar days, the law's working days being only its
     * periods of ten days or less (第69条); a term ending on a holiday ends on the next working day.
     */
    public static final StatutoryPeriod SEIZURE_TERM = StatutoryPeriod.calendarDays(30, LegalBasis.of("行政强制法", 25));
    /** 《行政强制法》第32条第1款: 冻结 lasts at most 30 days. */
    public static final StatutoryPeriod FREEZE_TERM = StatutoryPeriod.calendarDays(30, LegalBasis.of("行政强制法", 32));
    /**
     * 第25条第1款、第32条第1款: in a complex case the head of the authority may extend the term once, by at most 30
     * days, deciding before it ends; the party is told in writing with the reasons (第25条第2款).
     */
    public static final int MEASURE_EXTENSION_MAX_DAYS = 30;
    /** 《行政复议法》第20条: apply for reconsideration within 60 days. */
    public static final StatutoryPeriod RECONSIDERATION = StatutoryPeriod.calendarDays(60,
            LegalBasis.of("行政复议法", 20));
    /** 《行政诉讼法》第46条: sue within 6 months. */
    public static final StatutoryPeriod SUIT = StatutoryPeriod.months(6, LegalBasis.of("行政诉讼法", 46));
    /** 《行政诉讼法》第45条: sue within 15 days of receiving the reconsideration decision. */
    public static final StatutoryPeriod SUIT_AFTER_RECONSIDERATION = StatutoryPeriod.calendarDays(15,
            LegalBasis.of("行政诉讼法", 45));
    /**
     * 《行政诉讼法》第95条: a judgment the party does not carry out is enforced on the town's application to the court of
     * first instance — after a suit, the town enforces the judgment, not its decision.
     */
    public static final LegalBasis JUDGMENT_ENFORCEMENT = LegalBasis.of("行政诉讼法", 95);
    /** 《行政强制法》第53条: apply to the court within 3 months after the periods for reconsideration and suit lapse. */
    public static final StatutoryPeriod COURT_APPLICATION = StatutoryPeriod.months(3, LegalBasis.of("行政强制法", 53));
    /** 《行政处罚法》第36条: no penalty after 2 years. */
    public static final StatutoryPeriod LIMITATION = StatutoryPeriod.years(2, LegalBasis.of("行政处罚法", 36));
    /** 第36条: 5 years where life, health or financial safety was harmed. */
    public static final StatutoryPeriod LIMITATION_HARM = StatutoryPeriod.years(5, LegalBasis.of("行政处罚法", 36));

    /** 第72条: late fee of 3 % of the fine a day. */
    public static final BigDecimal LATE_FEE_RATE = new BigDecimal("0.03");
    public static final LegalBasis LATE_FEE = LegalBasis.of("行政处罚法", 72, 73);
    /** 第51条: summary procedure up to 200 yuan for a citizen. */
    public static final BigDecimal SUMMARY_MAX_FINE_PERSON = new BigDecimal("200");
    /** 第51条: summary procedure up to 3,000 yuan for an organisation. */
    public static final BigDecimal SUMMARY_MAX_FINE_ORGANISATION = new BigDecimal("3000");
    public static final LegalBasis SUMMARY = LegalBasis.of("行政处罚法", 51);
    /** 第42条: enforcement by officers holding a certificate, at least two of them. */
    public static final LegalBasis QUALIFICATION = LegalBasis.of("行政处罚法", 42);
    /** 第58条: legal review before the decision. */
    public static final LegalBasis LEGAL_REVIEW = LegalBasis.of("行政处罚法", 58);
    /** 第58条第2款: a reviewer doing it for the first time since the law took effect holds the legal qualification. */
    public static final LocalDate REVIEW_QUALIFICATION_SINCE = LocalDate.of(2021, 7, 15);
    /** 第44条、第45条、第62条: notice before the decision, statement and defence. */
    public static final LegalBasis NOTICE = LegalBasis.of("行政处罚法", 44, 45, 62);
    /** 第57条第2款: collective discussion of complex or serious cases. */
    public static final LegalBasis COLLECTIVE = LegalBasis.of("行政处罚法", 57);

    private PenaltyPeriods() {
    }

    /**
     * The window the notice opens: where a hearing applies, the 5 working days to ask for it (第64条); otherwise the
     * town's period for statement and defence (第44条、第45条).
     */
    public static StatutoryPeriod statementWindow(boolean hearing, int statementWorkingDays) {
        return hearing ? HEARING_REQUEST : StatutoryPeriod.workingDays(statementWorkingDays, NOTICE);
    }

    /** The last day the party may ask for a hearing, the notice being served on {@code servedOn}. */
    public static LocalDate hearingRequestEnds(WorkingCalendar cal, LocalDate servedOn) {
        return cal.dueDate(HEARING_REQUEST, servedOn);
    }

    /** The earliest hearing day when the party is told on {@code noticeOn}: the 7th working day after it. */
    public static LocalDate earliestHearing(WorkingCalendar cal, LocalDate noticeOn) {
        return cal.addWorkingDays(noticeOn, HEARING_NOTICE.amount());
    }

    /** The last day the notice of time and place may reach the party for a hearing on {@code hearingOn}. */
    public static LocalDate latestHearingNotice(WorkingCalendar cal, LocalDate hearingOn) {
        return cal.workingDaysBefore(hearingOn, HEARING_NOTICE.amount());
    }

    /** A clock as the deadline engine takes it: the period and the day it runs from (not counted). */
    public record ClockStart(LocalDate trigger, StatutoryPeriod period) {
    }

    /**
     * The clock of the hearing notice (第64条第2项): it runs from the day the hearing is scheduled ({@code scheduledOn},
     * at least 7 working days before {@code hearingOn}) and falls due on the last day the notice may reach the party,
     * the 7th working day before the hearing. A notice due on the scheduling day itself runs from the working day
     * before, so that the period lasts one working day.
     */
    public static ClockStart hearingNoticeClock(WorkingCalendar cal, LocalDate scheduledOn, LocalDate hearingOn) {
        LocalDate latest = latestHearingNotice(cal, hearingOn);
        int days = 0;
        for (LocalDate d = scheduledOn.plusDays(1); !d.isAfter(latest); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                days++;
            }
        }
        if (days == 0) {
            return new ClockStart(cal.workingDaysBefore(latest, 1), StatutoryPeriod.workingDays(1, HEARING_NOTICE.basis()));
        }
        return new ClockStart(scheduledOn, StatutoryPeriod.workingDays(days, HEARING_NOTICE.basis()));
    }

    /** The day the court application period starts: when both the reconsideration and the suit periods have lapsed. */
    public static LocalDate remediesLapse(WorkingCalendar cal, LocalDate receivedOn) {
        LocalDate reconsideration = cal.dueDate(RECONSIDERATION, receivedOn);
        LocalDate suit = cal.dueDate(SUIT, receivedOn);
        return reconsideration.isAfter(suit) ? reconsideration : suit;
    }

    /**
     * The day the remedies lapse after a reconsideration decision received on {@code receivedOn} that upholds the
     * penalty: the last of the 15 days to sue it (《行政诉讼法》第45条); the 3 months of 《行政强制法》第53条 run from
     * there.
     */
    public static LocalDate remediesLapseAfterReconsideration(WorkingCalendar cal, LocalDate receivedOn) {
        return cal.dueDate(SUIT_AFTER_RECONSIDERATION, receivedOn);
    }

    /** The last day to apply to the court. */
    public static LocalDate courtApplicationEnds(WorkingCalendar cal, LocalDate receivedOn) {
        return cal.dueDate(COURT_APPLICATION, remediesLapse(cal, receivedOn));
    }

    /** The limitation: the last day a case about a violation on {@code violationOn} can still be filed. */
    public static LocalDate limitationEnds(WorkingCalendar cal, LocalDate violationOn, boolean harm) {
        return cal.dueDate(harm ? LIMITATION_HARM : LIMITATION, violationOn);
    }
}
