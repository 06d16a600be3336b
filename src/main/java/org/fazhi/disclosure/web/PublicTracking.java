package org.fazhi.disclosure.web;

import java.util.Map;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * What the holder of a tracking code sees: that one application's status, due date and, once decided, the reply —
 * nothing personal and nothing of anyone else's. Read as the platform, since the public has no scope.
 */
@Component
class PublicTracking {

    private final ApplicationService service;

    PublicTracking(ApplicationService applications) {
        this.service = applications;
    }

    /** A tracking view: the application and its clock, or 404. */
    record Tracked(DisclosureApplication application, DeadlineView clock) {
    }

    Tracked find(String code) {
        return DataScope.asSystem(() -> service.byTrackingCode(code)
                .map(a -> new Tracked(a, service.clockOf(a).orElse(null))))
                .orElseThrow(() -> new NotFound("disclosure-application", 0));
    }

    Map<String, Object> of(String code) {
        Tracked t = find(code);
        DisclosureApplication a = t.application();
        Map<String, Object> m = ApplicationJson.map("trackingCode", a.trackingCode(), "caseNumber", a.caseNumber(),
                "receivedOn", a.receivedOn(), "status", a.status(), "dueOn", ApplicationJson.dueOn(a, t.clock()));
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
            m.put("fee", ApplicationJson.map("amount", a.feeAmount(), "payBy", a.feePayBy(), "paidOn",
                    a.feePaidOn()));
        }
        if (a.decidedOn() != null) {
            m.put("reply", ApplicationJson.map("decidedOn", a.decidedOn(), "outcome", a.outcome(),
                    "outcomeLabel", a.outcome().label(), "reason", a.decisionReason()));
        }
        return m;
    }
}
