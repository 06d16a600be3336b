package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.ApplicationStatus;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.Reply;
import org.fazhi.shared.PartyData;

/** An application as the staff API shows it: the procedure's facts, its clock and its history. */
final class ApplicationJson {

    private ApplicationJson() {
    }

    /**
     * {@code dueOn} is the day the answer is due; {@code null} while the agency waits for the applicant (supplement,
     * fee), since no answer is due then. During a consultation it is the due date as if the clock resumed at the end
     * of the consulted party's 15 working days, when it resumes by itself. For a decided application it is the due
     * date as it stood.
     */
    static LocalDate dueOn(DisclosureApplication a, DeadlineView clock) {
        if (clock == null || a.status().waiting() && a.status() != ApplicationStatus.CONSULTING) {
            return null;
        }
        return clock.dueDate();
    }

    static Map<String, Object> of(DisclosureApplication a, DeadlineView clock) {
        boolean personal = DisclosureApplication.APPLICANT_DATA.readsInClear(a);
        PartyData applicant = a.applicantAsSeen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("trackingCode", a.trackingCode());
        m.put("caseNumber", a.caseNumber());
        m.put("receivedOn", a.receivedOn());
        m.put("dueOn", dueOn(a, clock));
        m.put("status", a.status());
        m.put("channel", a.channel());
        m.put("applicantType", a.applicantType());
        m.put("applicantName", applicant.name());
        m.put("idNumber", applicant.idNumber());
        m.put("phone", applicant.phone());
        m.put("address", applicant.address());
        m.put("personalDataMasked", !personal);
        m.put("content", a.content());
        m.put("delivery", a.delivery());
        if (a.supplement().sentOn() != null) {
            m.put("supplement", map("sentOn", a.supplement().sentOn(), "items", a.supplement().items(),
                    "supplementDueOn", a.supplement().dueOn(), "receivedOn", a.supplement().receivedOn()));
        }
        if (a.extension().decidedOn() != null) {
            m.put("extension", map("decidedOn", a.extension().decidedOn(), "days", a.extension().days(),
                    "approvedBy", a.extension().approvedBy(), "reason", a.extension().reason()));
        }
        if (a.laterReply().decidedOn() != null) {
            m.put("laterReply", map("decidedOn", a.laterReply().decidedOn(), "replyBy", a.laterReply().replyBy(),
                    "reason", a.laterReply().reason()));
        }
        if (a.consultation().startedOn() != null) {
            m.put("consultation", map("startedOn", a.consultation().startedOn(),
                    "consulted", a.consultation().consulted(), "kind", a.consultation().kind(),
                    "open", a.status() == ApplicationStatus.CONSULTING,
                    "endsBy", a.consultation().endsBy(clock),
                    "lapsed", a.consultationLapsed(clock, LocalDate.now(FazhiApplication.ZONE))));
        }
        if (a.fee().noticeOn() != null) {
            m.put("fee", map("noticeOn", a.fee().noticeOn(), "noticeReceivedOn", a.fee().noticeReceivedOn(),
                    "method", a.fee().method(), "quantity", a.fee().quantity(), "amount", a.fee().amount(),
                    "payBy", a.fee().payBy(), "paidOn", a.fee().paidOn()));
        }
        Reply r = a.reply();
        m.put("decidedOn", r.decidedOn());
        m.put("outcome", r.outcome());
        m.put("outcomeLabel", r.outcome() == null ? null : r.outcome().label());
        m.put("reason", r.reason());
        m.put("onTime", r.late() == null ? null : !r.late());
        m.put("clock", clock == null ? null : clock(clock));
        m.put("history", a.steps().stream().map(s -> map("step", s.step(), "on", s.occurredOn(),
                "detail", s.detail(), "by", s.actor())).toList());
        return m;
    }

    static Map<String, Object> clock(DeadlineView c) {
        return map("id", c.id(), "legalBasis", c.legalBasis(), "period", c.period().amount() + " 个工作日",
                "triggeredOn", c.triggeredOn(), "periodStart", c.periodStart(), "restarts", c.restarts(),
                "dueOn", c.dueDate(), "status", c.status(), "pausedSince", c.pausedSince(),
                "pauseReason", c.pauseReason(), "metOn", c.metOn(), "metLate", c.metLate(), "stoppedOn",
                c.stoppedOn(), "stopReason", c.stopReason(),
                "pauses", c.pauses().stream().map(p -> map("from", p.from(), "resumedOn", p.resumedOn(),
                        "reason", p.reason(), "endsBy", p.endsBy())).toList(),
                "extensions", c.extensions().stream().map(e -> map("workingDays", e.period().amount(),
                        "decidedOn", e.decidedOn(), "approver", e.approver(), "reason", e.reason())).toList(),
                "setDue", c.setDue() == null ? null : map("dueOn", c.setDue().dueDate(), "decidedOn",
                        c.setDue().decidedOn(), "reason", c.setDue().reason()));
    }

    /** A map keeping its keys' order and allowing nulls. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Map<String, Object>> list(List<DisclosureApplication> apps, java.util.function.Function<
            DisclosureApplication, DeadlineView> clocks) {
        return apps.stream().map(a -> of(a, clocks.apply(a))).toList();
    }
}
