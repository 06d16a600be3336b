package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.deadline.PublicDate;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.Reply;
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
        if (a.supplement().sentOn() != null && a.supplement().receivedOn() == null) {
            m.put("supplement", ApplicationJson.map("items", a.supplement().items(), "supplementDueOn",
                    a.supplement().dueOn()));
        }
        if (a.extension().decidedOn() != null) {
            m.put("extendedBy", a.extension().days());
        }
        if (a.laterReply().decidedOn() != null) {
            m.put("laterReply", ApplicationJson.map("replyBy", a.laterReply().replyBy(), "reason",
                    a.laterReply().reason()));
        }
        if (a.fee().noticeOn() != null) {
            m.put("fee", ApplicationJson.map("amount", a.fee().amount(), "payBy", a.fee().payBy(), "payByProvisional",
                    calendar.forPublic(a.fee().payBy()).provisional(), "paidOn", a.fee().paidOn()));
        }
        if (a.reply().decidedOn() != null) {
            Reply r = a.reply();
            m.put("reply", ApplicationJson.map("decidedOn", r.decidedOn(), "outcome", r.outcome(),
                    "outcomeLabel", r.outcome().label(), "reason", r.reason()));
        }
        return m;
    }
}
