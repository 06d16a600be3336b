package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.PublicDate;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * What the holder of a tracking code sees: that one application's status, due date (marked provisional while it
 * depends on a year whose official calendar is not entered) and, once decided, the reply — nothing personal and
 * nothing of anyone else's. Read as the platform, since the public has no scope.
 */
@Component
class PublicTracking {

    private final ApplicationService service;
    private final OfficialCalendar calendar;

    PublicTracking(ApplicationService applications, OfficialCalendar calendar) {
        this.service = applications;
        this.calendar = calendar;
    }

    /** A tracking view: the application and its clock. */
    record Tracked(DisclosureApplication application, DeadlineView clock) {
    }

    /** The application the code names, however the code was typed. */
    Optional<Tracked> lookUp(String code) {
        return DataScope.asSystem(() -> service.byTrackingCode(code)
                .map(a -> new Tracked(a, service.clockOf(a).orElse(null))));
    }

    /** The application the code names, or 404. */
    Tracked find(String code) {
        return lookUp(code).orElseThrow(() -> new NotFound("disclosure-application", 0));
    }

    /**
     * The reply's due date as the applicant sees it: none while the agency waits for them, provisional when it depends
     * on a year whose official calendar is not entered yet.
     */
    PublicDate due(Tracked t) {
        LocalDate due = ApplicationJson.dueOn(t.application(), t.clock());
        if (due == null) {
            return PublicDate.NONE;
        }
        PublicDate counted = PublicDate.of(t.clock());
        return counted.provisional() && due.equals(counted.date()) ? counted : calendar.forPublic(due);
    }

    Map<String, Object> of(String code) {
        Tracked t = find(code);
        DisclosureApplication a = t.application();
        PublicDate due = due(t);
        Map<String, Object> m = ApplicationJson.map("trackingCode", a.trackingCode(), "caseNumber", a.caseNumber(),
                "receivedOn", a.receivedOn(), "status", a.status(), "dueOn", due.date(),
                "dueOnProvisional", due.provisional());
        if (a.supplementSentOn() != null && a.supplementReceivedOn() == null) {
            m.put("supplement", ApplicationJson.map("items", a.supplementItems(), "supplementDueOn",
                    a.supplementDueOn()));
        }
        if (a.extensionDecidedOn() != null) {
            m.put("extendedBy", a.extensionDays());
        }
        if (a.laterReplyDecidedOn() != null) {
            m.put("laterReply", ApplicationJson.map("replyBy", a.laterReplyBy(), "reason", a.laterReplyReason()));
        }
        if (a.feeNoticeOn() != null) {
            m.put("fee", ApplicationJson.map("amount", a.feeAmount(), "payBy", a.feePayBy(), "payByProvisional",
                    calendar.forPublic(a.feePayBy()).provisional(), "paidOn", a.feePaidOn()));
        }
        if (a.decidedOn() != null) {
            m.put("reply", ApplicationJson.map("decidedOn", a.decidedOn(), "outcome", a.outcome(),
                    "outcomeLabel", a.outcome().label(), "reason", a.decisionReason()));
        }
        return m;
    }
}
