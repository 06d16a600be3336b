package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.shared.PageOf;
import org.fazhi.supervision.internal.ComplaintChannel;
import org.fazhi.supervision.internal.ComplaintState;
import org.fazhi.supervision.internal.Complaints;
import org.fazhi.supervision.internal.EnforcementComplaint;
import org.fazhi.supervision.internal.SupervisionSettings;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 执法投诉举报 API — registering complaints from every channel, acceptance, conclusion and the town's periods. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "行政执法监督", description = "complaints about enforcement")
class ComplaintApi {

    static final String READ = "hasAuthority('SUPERVISION_READ')";
    static final String MANAGE = "hasAuthority('SUPERVISION_MANAGE')";

    private final Complaints complaints;

    ComplaintApi(Complaints complaints) {
        this.complaints = complaints;
    }

    record NewComplaintJson(ComplaintChannel channel, Long orgUnitId, String subject, String officerName,
                            String caseNumber,
                            String content, Boolean anonymous, String complainantName, String complainantPhone,
                            LocalDate receivedOn) {
    }

    /** A complaint as staff read it: the complainant in clear only for the town's judicial office. */
    record ComplaintJson(long id, String trackingCode, ComplaintChannel channel, long orgUnitId, String subject,
                         String officerName,
                         String caseNumber, String content, boolean anonymous, String complainantName,
                         String complainantPhone, LocalDate receivedOn, ComplaintState state,
                         LocalDate acceptanceDueOn, LocalDate decidedOn, String notAcceptedReason,
                         LocalDate handlingDueOn, LocalDate concludedOn, String finding, String measures,
                         String reply, List<ComplaintState.Step> nextSteps) {
    }

    /** A list row: no complainant at all, not even masked. */
    record ListItemJson(long id, String trackingCode, ComplaintChannel channel, long orgUnitId, String subject,
                        String officerName,
                        LocalDate receivedOn, ComplaintState state) {
        static ListItemJson of(EnforcementComplaint c) {
            return new ListItemJson(c.getId(), c.getTrackingCode(), c.getChannel(), c.getSubjectUnitId(),
                    c.getSubject(), c.getOfficerName(), c.getReceivedOn(), c.getState());
        }
    }

    record DecisionJson(String reason, LocalDate on) {
    }

    record ConclusionJson(String finding, String measures, String reply, LocalDate on) {
    }

    record SettingsJson(long townId, int acceptanceWorkingDays, int handlingDays) {
        static SettingsJson of(long townId, SupervisionSettings s) {
            return new SettingsJson(townId, s.getAcceptanceWorkingDays(), s.getHandlingDays());
        }
    }

    @PostMapping("/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记投诉举报（投诉箱、热线、来信、12345转办、网上）")
    ComplaintJson register(@RequestBody NewComplaintJson b) {
        return json(complaints.register(new Complaints.NewComplaint(b.channel(), b.orgUnitId(), b.subject(),
                b.officerName(),
                b.caseNumber(), b.content(), b.anonymous(), b.complainantName(), b.complainantPhone(),
                b.receivedOn())));
    }

    @GetMapping("/complaints")
    @PreAuthorize(READ)
    PageOf<ListItemJson> list(@RequestParam(required = false) ComplaintState state,
                              @RequestParam(required = false) ComplaintChannel channel,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(complaints.search(state, channel, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), ListItemJson::of);
    }

    @GetMapping("/complaints/{id}")
    @PreAuthorize(READ)
    ComplaintJson get(@PathVariable long id) {
        return json(complaints.complaint(id));
    }

    @PostMapping("/complaints/{id}/acceptance")
    @PreAuthorize(MANAGE)
    @Operation(summary = "受理")
    ComplaintJson accept(@PathVariable long id, @RequestBody(required = false) DecisionJson b) {
        return json(complaints.accept(id, b == null ? null : b.on()));
    }

    @PostMapping("/complaints/{id}/rejection")
    @PreAuthorize(MANAGE)
    @Operation(summary = "不予受理，并告知理由")
    ComplaintJson reject(@PathVariable long id, @RequestBody DecisionJson b) {
        return json(complaints.reject(id, b.reason(), b.on()));
    }

    @PostMapping("/complaints/{id}/conclusion")
    @PreAuthorize(MANAGE)
    @Operation(summary = "办结：调查结论、处理措施和答复")
    ComplaintJson conclude(@PathVariable long id, @RequestBody ConclusionJson b) {
        return json(complaints.conclude(id, b.finding(), b.measures(), b.reply(), b.on()));
    }

    @GetMapping("/settings")
    @PreAuthorize(MANAGE)
    SettingsJson settings(@RequestParam long townId) {
        return SettingsJson.of(townId, complaints.settings(townId));
    }

    @PutMapping("/settings")
    @PreAuthorize(MANAGE)
    SettingsJson updateSettings(@RequestBody SettingsJson b) {
        return SettingsJson.of(b.townId(), complaints.updateSettings(b.townId(), b.acceptanceWorkingDays(),
                b.handlingDays()));
    }

    private ComplaintJson json(EnforcementComplaint c) {
        return new ComplaintJson(c.getId(), c.getTrackingCode(), c.getChannel(), c.getSubjectUnitId(),
                c.getSubject(), c.getOfficerName(), c.getCaseNumber(), c.getContent(), c.isAnonymous(),
                c.complainantNameFor(),
                c.complainantPhoneFor(), c.getReceivedOn(), c.getState(),
                complaints.acceptanceClock(c).map(DeadlineView::dueDate).orElse(null), c.getDecidedOn(),
                c.getNotAcceptedReason(), complaints.handlingClock(c).map(DeadlineView::dueDate).orElse(null),
                c.getConcludedOn(), c.getFinding(), c.getMeasures(), c.getReply(), List.copyOf(c.getState().steps()));
    }
}
