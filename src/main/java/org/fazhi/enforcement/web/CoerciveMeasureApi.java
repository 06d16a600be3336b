package org.fazhi.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.enforcement.internal.CoerciveMeasure;
import org.fazhi.enforcement.internal.CoerciveMeasures;
import org.fazhi.enforcement.internal.ExtendMeasure;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.enforcement.internal.RecordMeasure;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政强制措施 API — the coercive measures of a case (《行政强制法》第9条): recorded with their decision number, the day
 * applied and the officers, then lifted. Readers of cases read them; those who work on cases record them.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases/{caseId}/coercive-measures")
@Tag(name = "行政执法", description = "penalty cases")
class CoerciveMeasureApi {

    private final CoerciveMeasures measures;
    private final MessageSource messages;

    CoerciveMeasureApi(CoerciveMeasures measures, MessageSource messages) {
        this.measures = measures;
        this.messages = messages;
    }

    /**
     * A measure; {@code termEndsOn} is the last day of its term (第25条、第32条) as the deadline engine computes it
     * (extension included), {@code null} for a kind without a statutory term.
     */
    record MeasureJson(long id, long caseId, String kind, String kindLabel, String subject, String decisionNumber,
                       LocalDate appliedOn, String officers, LocalDate liftedOn, String liftNote, LocalDate termEndsOn,
                       String termStatus, Integer extensionDays, String extensionApprovedBy,
                       LocalDate extensionApprovedOn, String extensionReason) {
    }

    record LiftRequest(LocalDate liftedOn, String note) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "案件的行政强制措施（查封、扣押、冻结存款汇款、其他）")
    List<MeasureJson> list(@PathVariable long caseId) {
        return measures.of(caseId).stream().map(this::json).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "登记实施的行政强制措施：种类、对象、决定书文号、实施日期、两名以上执法人员（《行政强制法》第18条）")
    MeasureJson record(@PathVariable long caseId, @Valid @RequestBody RecordMeasure rq) {
        return json(measures.record(caseId, rq));
    }

    @PostMapping("/{measureId}/lift")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "登记解除行政强制措施（《行政强制法》第28条）")
    MeasureJson lift(@PathVariable long caseId, @PathVariable long measureId, @RequestBody LiftRequest rq) {
        return json(measures.lift(caseId, measureId, rq.liftedOn(), rq.note()));
    }

    @PostMapping("/{measureId}/extension")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "负责人批准延长查封、扣押或冻结期限：一次，不超过30日，在期限届满前（《行政强制法》第25条、第32条）")
    MeasureJson extend(@PathVariable long caseId, @PathVariable long measureId, @RequestBody ExtendMeasure rq) {
        return json(measures.extend(caseId, measureId, rq));
    }

    record PauseRequest(LocalDate from, String reason) {
    }

    record ResumeRequest(LocalDate on) {
    }

    @PostMapping("/{measureId}/pause")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "检测、检验、检疫或者技术鉴定开始：其期间不计入查封、扣押期限（《行政强制法》第25条第3款）")
    MeasureJson pause(@PathVariable long caseId, @PathVariable long measureId, @RequestBody PauseRequest rq) {
        return json(measures.pauseTerm(caseId, measureId, rq.from(), rq.reason()));
    }

    @PostMapping("/{measureId}/resume")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "检测、检验、检疫或者技术鉴定结束：查封、扣押期限继续计算")
    MeasureJson resume(@PathVariable long caseId, @PathVariable long measureId, @RequestBody ResumeRequest rq) {
        return json(measures.resumeTerm(caseId, measureId, rq.on()));
    }

    private MeasureJson json(CoerciveMeasure m) {
        var term = measures.termOf(m);
        return new MeasureJson(m.getId(), m.getCaseId(), m.getKind().name(), messages.getMessage(
                "enforcement.measure.kind." + m.getKind(), null, m.getKind().name(), LocaleContextHolder.getLocale()),
                m.getSubject(), m.getDecisionNumber(), m.getAppliedOn(), m.getOfficerNames(), m.getLiftedOn(),
                m.getLiftNote(), term.map(DeadlineView::dueDate).orElse(null),
                term.map(v -> v.status().name()).orElse(null), m.getExtensionDays(), m.getExtensionApprovedBy(),
                m.getExtensionApprovedOn(), m.getExtensionReason());
    }
}
