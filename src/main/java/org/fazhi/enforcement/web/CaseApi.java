package org.fazhi.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.enforcement.internal.ApprovalStage;
import org.fazhi.enforcement.internal.CaseApproval;
import org.fazhi.enforcement.internal.CaseApprovals;
import org.fazhi.enforcement.internal.CaseAssessment;
import org.fazhi.enforcement.internal.Confiscation;
import org.fazhi.enforcement.internal.HearingRight;
import org.fazhi.enforcement.internal.Limitation;
import org.fazhi.enforcement.internal.CaseClocks;
import org.fazhi.enforcement.internal.CaseDocuments;
import org.fazhi.enforcement.internal.CaseEvidence;
import org.fazhi.enforcement.internal.CasePersons;
import org.fazhi.enforcement.internal.CaseService;
import org.fazhi.enforcement.internal.CaseSettings;
import org.fazhi.enforcement.internal.CaseState;
import org.fazhi.enforcement.internal.CaseStep;
import org.fazhi.enforcement.internal.Decision;
import org.fazhi.enforcement.internal.DecisionImport;
import org.fazhi.enforcement.internal.EvidenceAccess;
import org.fazhi.enforcement.internal.FileCase;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerWorkbook;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.Versions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.fazhi.enforcement.internal.EnforcementSettings;
import org.fazhi.enforcement.internal.Outcome;
import org.fazhi.enforcement.internal.PartyNotice;
import org.fazhi.enforcement.internal.PenaltyCase;
import org.fazhi.enforcement.internal.ProcedureKind;
import org.fazhi.enforcement.internal.RemedyKind;
import org.fazhi.enforcement.internal.RemedyResult;
import org.fazhi.enforcement.internal.Remedies;
import org.fazhi.enforcement.internal.Step;
import org.fazhi.organization.scope.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.fazhi.enforcement.web.CaseApiBodies.*;

/**
 * 行政处罚案件 API — filing, every step, approvals, documents, evidence and the year's figures.
 * <p>
 * One file on purpose: every endpoint answers with the same case view (its state, clocks, allowed steps and refusals
 * in words), built here once; split by sub-resource, each part would need that view and its helpers again.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "行政执法", description = "penalty cases")
class CaseApi {

    private final CaseService cases;
    private final CaseDocuments documents;
    private final CaseEvidence evidence;
    private final EnforcementStatistics statistics;
    private final CaseApprovals approvals;
    private final CaseSettings settings;
    private final CaseClocks clocks;
    private final DataScope dataScope;
    private final MessageSource messages;
    private final DecisionImport decisionImport;
    private final CaseExport export;
    private final CasePersons persons;
    private final CaseAssessment assessment;

    CaseApi(CaseService cases, CaseDocuments documents, CaseEvidence evidence, EnforcementStatistics statistics,
            CaseApprovals approvals, CaseSettings settings, CaseClocks clocks, DataScope dataScope,
            MessageSource messages, DecisionImport decisionImport, CaseExport export, CasePersons persons,
            CaseAssessment assessment) {
        this.persons = persons;
        this.assessment = assessment;
        this.decisionImport = decisionImport;
        this.export = export;
        this.cases = cases;
        this.documents = documents;
        this.evidence = evidence;
        this.statistics = statistics;
        this.approvals = approvals;
        this.settings = settings;
        this.clocks = clocks;
        this.dataScope = dataScope;
        this.messages = messages;
    }

    /** {@code gains} and {@code propertyValue}: the amounts confiscated, with those kinds (第63条第1款第2项). */
    /** The party's challenge: the day the remedies lapse (none while unknown), reconsideration and suit. */
    /** A clock of the case with its approved extensions (each with its approver, day and reason). */
    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "立案（普通程序）或登记简易程序案件")
    CaseJson file(@Valid @RequestBody FileCase rq) {
        return json(cases.file(rq));
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "本人数据范围内的案件")
    PageOf<CaseJson> list(@RequestParam(required = false) CaseState state,
                  @RequestParam(required = false) ProcedureKind procedure, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        Page<PenaltyCase> p = cases.search(state, procedure, q, year, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 200), Sort.by(Sort.Direction.DESC, "filedOn", "id")));
        // one read of each town's settings for the hearing right of the page's cases
        Map<Long, EnforcementSettings> byTown = new HashMap<>();
        return PageOf.of(p, c -> json(c, byTown.computeIfAbsent(c.getTownId(), settings::settingsView)));
    }

    @GetMapping("/cases/export.xlsx")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "导出案件列表（XLSX，按同样的筛选条件）")
    ResponseEntity<byte[]> exportCases(@RequestParam(required = false) CaseState state,
                                       @RequestParam(required = false) ProcedureKind procedure,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) Integer year) {
        return xlsx(export.cases(state, procedure, q, year), "行政处罚案件.xlsx");
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(LedgerWorkbook.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @PostMapping(path = "/decisions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','LEGAL_REVIEW')")
    @Operation(summary = "导入行政处罚决定台账（CSV/XLSX）；导入的决定进入执法公示台待审核。法制审核人员以 "
            + "reviewedWholeFile=true 确认已审核整份文件的，导入即公示（其他人员确认的，403，不导入）")
    ImportReport importDecisions(@RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean reviewedWholeFile) {
        return decisionImport.importFile(file, reviewedWholeFile);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "案件详情：环节记录、审批、可办理的下一步及其缺少的条件、期限；ETag 为案件版本，办理时以 If-Match 带回")
    DetailJson get(@PathVariable long id) {
        PenaltyCase c = cases.get(id);
        Versions.tag(c);
        return new DetailJson(json(c),
                cases.stepsOf(id).stream().map(s -> new StepJson(s.getId(), s.getStep().name(),
                        msg("enforcement.step." + s.getStep()), s.getOn(), s.getOfficerNames(), s.getNote(),
                        s.getActor())).toList(),
                cases.approvalsOf(id).stream().map(CaseApi::json).toList(),
                cases.availability(c).stream().map(a -> new NextStepJson(a.step().name(),
                        msg("enforcement.step." + a.step()), a.allowed(),
                        a.missing().stream().map(m -> messages.getMessage(m, LocaleContextHolder.getLocale()))
                                .toList())).toList(),
                clocks.all(id).stream().map(CaseApi::json).toList(),
                persons.of(id).stream().map(p -> CasePersonApi.PersonJson.of(p, messages)).toList());
    }

    @PostMapping("/cases/{id}/proposal")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    @Operation(summary = "拟处罚意见（告知前）")
    CaseJson propose(@PathVariable long id, @RequestBody ProposalRequest rq) {
        return json(cases.propose(id, rq.kinds() == null ? EnumSet.noneOf(PenaltyKind.class) : rq.kinds(), rq.fine(),
                Confiscation.of(rq.gains(), rq.propertyValue()), rq.text()));
    }

    @PostMapping("/cases/{id}/approvals")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','CASE_APPROVE','LEGAL_REVIEW')")
    @Operation(summary = "案件流转审批：按本镇审批链的下一位签署意见")
    ApprovalJson approve(@PathVariable long id, @RequestBody ApprovalRequest rq) {
        return json(approvals.approve(id, rq.stage(), rq.agree() == null || rq.agree(), rq.opinion(), rq.on()));
    }

    @PostMapping("/cases/{id}/steps/{step}")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','CASE_APPROVE','LEGAL_REVIEW')")
    @Operation(summary = "办理一个环节；程序不允许时 422 并说明缺少什么")
    CaseJson act(@PathVariable long id, @PathVariable Step step, @RequestBody StepRequest rq) {
        return json(cases.act(id, step, rq.input()));
    }

    @GetMapping("/cases/{id}/documents/{kind}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "文书 DOCX：NOTICE 事先告知书、DECISION 决定书、SERVICE 送达回证")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable CaseDocuments.Kind kind) {
        PenaltyCase c = cases.get(id);
        byte[] body = documents.render(c, kind, cases.stepsOf(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(documents.fileName(c, kind), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/cases/{id}/evidence")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "执法全过程记录清单")
    List<CaseEvidence.Entry> evidence(@PathVariable long id) {
        return evidence.manifest(id);
    }

    @GetMapping("/cases/{id}/evidence/{fileId}/content")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "查看或下载证据文件（记入证据清单的查阅记录）")
    ResponseEntity<InputStreamResource> evidenceContent(@PathVariable long id, @PathVariable long fileId,
                                                        @RequestParam(defaultValue = "false") boolean inline) {
        CaseEvidence.Opened o = evidence.open(id, fileId, inline ? EvidenceAccess.Kind.VIEW
                : EvidenceAccess.Kind.DOWNLOAD);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(o.file().name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(o.file().contentType()))
                .contentLength(o.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(o.content()));
    }

    @GetMapping("/cases/{id}/evidence/export")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "导出证据清单（CSV，含每个文件的 SHA-256、上传人、时间，及案件的操作记录）")
    ResponseEntity<byte[]> exportEvidence(@PathVariable long id) {
        PenaltyCase c = cases.get(id);
        StringBuilder sb = new StringBuilder(
                "\uFEFF环节,环节日期,环节办理人,文件,SHA-256,大小,类型,上传人,上传时间,查阅记录（查阅人 时间 方式）\r\n");
        for (CaseEvidence.Entry e : evidence.manifest(id)) {
            String views = String.join("；", e.accesses().stream().map(a -> a.viewer() + " " + a.at() + " "
                    + msg("enforcement.access." + a.kind())).toList());
            sb.append(csv(msg("enforcement.step." + e.step()))).append(',').append(e.stepOn()).append(',')
                    .append(csv(e.stepActor())).append(',').append(csv(e.fileName())).append(',').append(e.sha256())
                    .append(',').append(e.size()).append(',').append(csv(e.contentType())).append(',')
                    .append(csv(e.uploadedBy())).append(',').append(e.uploadedAt()).append(',').append(csv(views))
                    .append("\r\n");
        }
        sb.append("\r\n操作记录（时间,操作人,动作）\r\n");
        for (var a : evidence.caseHistory(id)) {
            sb.append(a.occurredAt()).append(',').append(csv(a.actor())).append(',').append(csv(a.action()))
                    .append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("证据清单-" + c.getCaseNumber() + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/cases/{id}/integrity")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "完整性校验：重新计算每个文件的 SHA-256")
    List<CaseEvidence.Check> integrity(@PathVariable long id) {
        return evidence.verify(id);
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Operation(summary = "年度执法统计")
    EnforcementStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_READ','SETTINGS_MANAGE')")
    @Operation(summary = "本镇执法设置：法制审核范围、期限扣除、听证标准、文号模板、审批链")
    SettingsJson settings(@RequestParam long town) {
        dataScope.requireVisibleUnit(town);
        return SettingsJson.of(settings.settingsView(town));
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAnyAuthority('CASE_APPROVE','SETTINGS_MANAGE')")
    @Operation(summary = "修改本镇执法设置（无需改代码）")
    SettingsJson updateSettings(@RequestParam long town, @RequestBody SettingsJson rq) {
        var unit = dataScope.requireVisibleUnit(town);
        dataScope.requireWritableHolder(unit.id());
        return SettingsJson.of(settings.updateSettings(unit.townId(), s -> {
            settings.applySettings(s, rq.reviewAllOrdinary(), rq.excludeHearingTime(), rq.excludeAppraisalTime(),
                    rq.maxExtensionDays(), rq.maxExtensions() == null ? s.getMaxExtensions() : rq.maxExtensions(),
                    rq.statementWorkingDays(), rq.hearingFinePerson(), rq.hearingFineOrg(), rq.caseNumberTemplate(),
                    rq.decisionNumberTemplate(), rq.filingChain(), rq.proposalChain(), rq.decisionChain());
            settings.applyHearingConfiscation(s, rq.hearingConfiscationPerson(), rq.hearingConfiscationOrg());
        }));
    }

    @PutMapping("/reviewers/{username}")
    @PreAuthorize("hasAnyAuthority('CASE_APPROVE','ROLE_MANAGE')")
    @Operation(summary = "登记法制审核人员的法律职业资格与首次审核日期（镇领导或安全管理员；town 为安全管理员指明镇）")
    ReviewerRequest reviewer(@PathVariable String username, @RequestBody ReviewerRequest rq,
                             @RequestParam(required = false) Long town) {
        var r = ReviewerRegistration.register(settings, dataScope, username,
                Boolean.TRUE.equals(rq.legalQualification()), rq.firstReviewOn(), town);
        return new ReviewerRequest(r.isLegalQualification(), r.getFirstReviewOn());
    }

    // ------------------------------------------------------------------ mapping

    CaseJson json(PenaltyCase c) {
        return json(c, settings.settingsView(c.getTownId()));
    }

    CaseJson json(PenaltyCase c, EnforcementSettings townSettings) {
        Decision d = c.getDecision();
        PartyNotice notice = c.getNotice();
        HearingRight right = assessment.hearingRight(c, townSettings);
        Limitation l = c.getLimitation();
        return new CaseJson(c.getId(), c.getCaseNumber(), c.getProcedure().name(), c.getState().name(),
                msg("enforcement.state." + c.getState()), c.getTitle(), c.getPartyType().name(), c.getPartyName(),
                c.getOffence().getViolation(), c.getOffence().getLegalBasis(), c.getFiledOn(), c.isMajor(),
                c.getGravity().isCollective(), c.getProposal().getKinds().stream().map(PenaltyKind::label).toList(),
                c.getProposal().getFine(), notice.getNotifiedOn(), notice.getWindowEndsOn(),
                notice.isHearingApplicable(), c.getReview().getPassed(),
                d.getOutcome() == null ? null : d.getOutcome().name(),
                d.getPenalty().getKinds().stream().map(PenaltyKind::label).toList(), d.getPenalty().getFine(),
                d.getNumber(), d.getDecidedOn(), c.getService().getServedOn(), c.getPayment().getDueOn(),
                c.getPayment().getPaidOn(), c.getPayment().getLateFee(), c.getClosedOn(),
                c.getRevocation().getRevokedOn(), c.getProposal().getGains(), c.getProposal().getPropertyValue(),
                d.getPenalty().getGains(), d.getPenalty().getPropertyValue(),
                new HearingRightJson(right.applies(), right.notified(), right.grounds().stream()
                        .map(g -> messages.getMessage(g, LocaleContextHolder.getLocale())).toList()),
                new LimitationJson(l.isRecorded(), l.getCommittedOn(), l.isContinuing(), l.getEndedOn(),
                        l.getDiscoveredOn(), l.isHarmToSafety(), l.period().amount(), assessment.limitationEnds(c)),
                c.getExecution().getReminderEndsOn(), RemediesJson.of(c.getRemedies()));
    }

    static ApprovalJson json(CaseApproval a) {
        return new ApprovalJson(a.getStage().name(), a.getPosition(), a.getRoleLabel(), a.getApprover(),
                a.isApproved(), a.getOpinion(), a.getSignedOn(), a.isSuperseded());
    }

    static ClockJson json(DeadlineView d) {
        return new ClockJson(d.id(), d.title(), d.legalBasis(), d.triggeredOn(), d.dueDate(), d.status().name(),
                d.extensions().stream().map(e -> new ExtensionJson(e.period().amount(), e.period().unit().name(),
                        e.approver(), e.decidedOn(), e.reason())).toList());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String csv(String s) {
        return org.fazhi.ledger.CsvCells.cell(s);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
