package org.fazhi.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.shared.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 依申请公开 staff API — for the provincial platform's integration and for scripts. Every step answers the application
 * with its new {@code dueOn} and {@code status}; a step the procedure does not allow now is 422 with the reason, and
 * nothing changes. Dates are {@code YYYY-MM-DD}.
 */
@RestController
@RequestMapping("/api/v1/disclosure/applications")
@Tag(name = "政务公开 · 依申请公开")
class ApplicationApi {

    private final ApplicationService service;

    ApplicationApi(ApplicationService service) {
        this.service = service;
    }

    record RegisterRequest(String receivedOn, String channel, String applicantType, String applicantName,
                           String idNumber, String phone, String address, String content, String delivery) {
    }

    record SupplementRequest(String sentOn, List<String> items, String supplementDueOn) {
    }

    record DateRequest(String receivedOn, String paidOn) {
    }

    record ExtensionRequest(String decidedOn, String approvedBy, String reason, Integer days) {
    }

    record ConsultationRequest(String startedOn, String endedOn, String consulted, String kind) {
    }

    record FeeNoticeRequest(String noticeOn, String noticeReceivedOn, BigDecimal amount, String method,
                            Integer quantity) {
    }

    record LaterReplyRequest(String decidedOn, String replyBy, String reason) {
    }

    record DecisionRequest(String decidedOn, String outcome, String reason) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "登记收到的政府信息公开申请（第31条确定的收到日期）")
    ResponseEntity<Map<String, Object>> register(@RequestBody RegisterRequest r) {
        DisclosureApplication a = service.register(r.receivedOn(), r.channel(),
                new ApplicationService.ApplicantInput(r.applicantType(), r.applicantName(), r.idNumber(), r.phone(),
                        r.address(), r.content(), r.delivery()));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(a.getId()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    @Operation(summary = "申请详情、期限及办理过程")
    Map<String, Object> get(@PathVariable long id) {
        return answer(id);
    }

    @PostMapping("/{id}/supplement-request")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "一次性告知补正（第30条，收到申请之日起7个工作日内）")
    Map<String, Object> supplementRequest(@PathVariable long id, @RequestBody SupplementRequest r) {
        service.requestSupplement(id, r.sentOn(), r.items(), r.supplementDueOn());
        return answer(id);
    }

    @PostMapping("/{id}/supplement-received")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "收到补正：答复期限重新计算20个工作日")
    Map<String, Object> supplementReceived(@PathVariable long id, @RequestBody DateRequest r) {
        service.receiveSupplement(id, r.receivedOn());
        return answer(id);
    }

    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "延长答复期限（第33条，一次，不超过20个工作日）")
    Map<String, Object> extension(@PathVariable long id, @RequestBody ExtensionRequest r) {
        service.extend(id, r.decidedOn(), r.approvedBy(), r.reason(), r.days());
        return answer(id);
    }

    @PostMapping("/{id}/later-reply")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "另行确定答复期限（第35条：申请数量、频次明显超过合理范围，理由合理但无法按时答复；告知申请人理由）")
    Map<String, Object> laterReply(@PathVariable long id, @RequestBody LaterReplyRequest r) {
        service.setLaterReplyDate(id, r.decidedOn(), r.replyBy(), r.reason());
        return answer(id);
    }

    @PostMapping("/{id}/consultation")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "征求第三方或其他机关意见（不计入答复期限；endedOn 为空表示尚在征求）")
    Map<String, Object> consultation(@PathVariable long id, @RequestBody ConsultationRequest r) {
        service.consult(id, r.startedOn(), r.endedOn(), r.consulted(), r.kind());
        return answer(id);
    }

    @PostMapping("/{id}/fee-notice")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "收费通知（第42条、国办函〔2020〕109号；缴费前暂停计时）")
    Map<String, Object> feeNotice(@PathVariable long id, @RequestBody FeeNoticeRequest r) {
        service.noticeFee(id, r.noticeOn(), r.noticeReceivedOn(), r.method(), r.quantity(), r.amount());
        return answer(id);
    }

    @PostMapping("/{id}/fee-paid")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "申请人已缴费：恢复计时")
    Map<String, Object> feePaid(@PathVariable long id, @RequestBody DateRequest r) {
        service.payFee(id, r.paidOn());
        return answer(id);
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    @Operation(summary = "作出答复（办理结果按年度报告分类；除予以公开外须说明理由）")
    Map<String, Object> decision(@PathVariable long id, @RequestBody DecisionRequest r) {
        service.decide(id, r.decidedOn(), r.outcome(), r.reason());
        return answer(id);
    }

    private Map<String, Object> answer(long id) {
        DisclosureApplication a = service.get(id);
        Versions.tag(a);
        return ApplicationJson.of(a, service.clockOf(a).orElse(null));
    }
}
