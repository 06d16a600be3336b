package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.supervision.internal.ComplaintState;
import org.fazhi.supervision.internal.Complaints;
import org.fazhi.supervision.internal.EnforcementComplaint;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 执法投诉举报 public API (no login, rate-limited per client like every public call): submitting a complaint about
 * enforcement, and following it by tracking code. The answer names the state, the dates and the reply — never the
 * complainant, the content or anyone else's complaint.
 */
@RestController
@PublicEndpoint
@RequestMapping("/api/public/v1/enforcement-complaints")
@Tag(name = "行政执法监督 · 公众")
class PublicComplaintApi {

    private final Complaints complaints;

    PublicComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    record SubmissionJson(Long orgUnitId, String subject, String content, String complainantName,
                          String complainantPhone, Boolean anonymous) {
    }

    record CreatedJson(String trackingCode) {
    }

    /** What the holder of a tracking code reads. */
    record TrackedJson(String trackingCode, LocalDate receivedOn, ComplaintState state, String stateLabel,
                       LocalDate acceptanceDueOn, LocalDate decidedOn, String notAcceptedReason,
                       LocalDate handlingDueOn, LocalDate concludedOn, String reply) {
        /** The complaint as its tracking code shows it; call as the platform. */
        static TrackedJson of(EnforcementComplaint c, Complaints complaints) {
            return new TrackedJson(c.getTrackingCode(), c.getReceivedOn(), c.getState(), c.getState().label(),
                    complaints.acceptanceClock(c).map(DeadlineView::dueDate).orElse(null), c.getDecidedOn(),
                    c.getNotAcceptedReason(), complaints.handlingClock(c).map(DeadlineView::dueDate).orElse(null),
                    c.getConcludedOn(), c.getReply());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "在线投诉举报行政执法行为（可匿名；提交之日为收到之日），返回查询码")
    CreatedJson submit(@RequestBody SubmissionJson b) {
        EnforcementComplaint c = DataScope.asSystem(() -> complaints.submitOnline(new Complaints.NewComplaint(null,
                b.orgUnitId(), b.subject(), null, null, b.content(), b.anonymous(), b.complainantName(),
                b.complainantPhone(), null)));
        return new CreatedJson(c.getTrackingCode());
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "凭查询码查询办理状态与答复（查询码可不带连字符、不分大小写）")
    TrackedJson track(@PathVariable String trackingCode) {
        return DataScope.asSystem(() -> complaints.byTrackingCode(trackingCode)
                .map(c -> TrackedJson.of(c, complaints)))
                .orElseThrow(() -> new NotFound("enforcement-complaint", 0));
    }
}
