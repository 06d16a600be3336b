package org.fazhi.litigation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.litigation.internal.ActType;
import org.fazhi.litigation.internal.CaseKind;
import org.fazhi.litigation.internal.CaseLedger;
import org.fazhi.litigation.internal.CaseState;
import org.fazhi.litigation.internal.CourtHearing;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationCases;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PartyData;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 行政应诉与行政复议 API — receiving cases, the answer, hearings, the conclusion, the ledger and the year's figures. */
@RestController
@RequestMapping("/api/v1/litigation")
@Tag(name = "行政应诉与行政复议", description = "lawsuits and reconsiderations the town answers")
class LitigationApi {

    static final String READ = "hasAuthority('LITIGATION_READ')";
    static final String MANAGE = "hasAuthority('LITIGATION_MANAGE')";

    private final LitigationCases cases;
    private final LitigationStatistics statistics;
    private final LedgerImports ledgers;

    LitigationApi(LitigationCases cases, LitigationStatistics statistics, LedgerImports ledgers) {
        this.cases = cases;
        this.statistics = statistics;
        this.ledgers = ledgers;
    }

    record ActJson(String type, Long id, String reference, String description) {
    }

    record NewCaseJson(String kind, Long orgUnitId, String caseNumber, String body, PartyData applicant,
                       ActJson challengedAct, LocalDate copyReceivedOn, Long appealOf, Boolean afterReconsideration) {
    }

    record CreatedJson(long id, CaseKind kind, CaseState state, LocalDate answerDueOn) {
    }

    record HearingJson(long id, LocalDate heldOn, boolean headAppeared, String appearedName, String appearedPosition,
                       String absenceReason, String absenceExplanation, String delegate) {
        static HearingJson of(CourtHearing h) {
            return new HearingJson(h.getId(), h.getHeldOn(), h.isHeadAppeared(), h.getAppearedName(),
                    h.getAppearedRank() == null ? null : h.getAppearedRank().name(),
                    h.getAbsenceReason() == null ? null : h.getAbsenceReason().name(), h.getAbsenceExplanation(),
                    h.getDelegate());
        }
    }

    record NewHearingJson(LocalDate heldOn, Boolean headAppeared, String appearedName, String appearedPosition,
                          String absenceReason, String absenceExplanation, String delegate) {
    }

    record AnswerJson(LocalDate answeredOn) {
    }

    record ConclusionJson(LocalDate concludedOn, String outcome) {
    }

    record CaseJson(long id, CaseKind kind, String instance, Long appealOf, boolean afterReconsideration,
                    CaseState state, String caseNumber,
                    long orgUnitId, String body, PartyData applicant, ActJson challengedAct, LocalDate copyReceivedOn,
                    LocalDate answerDueOn, LocalDate answeredOn, List<HearingJson> hearings, String outcome,
                    String outcomeLabel, boolean lost, LocalDate concludedOn, List<CaseState.Step> nextSteps) {
    }

    record ListItemJson(long id, CaseKind kind, CaseState state, String caseNumber, String body, String applicant,
                        LocalDate copyReceivedOn, String outcome, LocalDate concludedOn) {
        static ListItemJson of(LitigationCase c) {
            return new ListItemJson(c.getId(), c.getKind(), c.getState(), c.getCaseNumber(), c.getBody(),
                    c.getApplicant().masked(true).name(), c.getCopyReceivedOn(),
                    c.getOutcome() == null ? null : c.getOutcome().label(), c.getConcludedOn());
        }
    }

    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记行政诉讼或行政复议案件（收到起诉状或复议申请书副本）")
    CreatedJson receive(@RequestBody NewCaseJson body) {
        ActJson act = body.challengedAct() == null ? new ActJson(null, null, null, null) : body.challengedAct();
        LitigationCase c = cases.receive(new LitigationCases.NewCase(body.kind(), body.orgUnitId(), body.caseNumber(),
                body.body(), body.applicant(), act.type(), act.id(), act.description(), body.copyReceivedOn(),
                body.appealOf(), body.afterReconsideration()));
        return new CreatedJson(c.getId(), c.getKind(), c.getState(), cases.answerDueOn(c));
    }

    @GetMapping("/cases")
    @PreAuthorize(READ)
    @Operation(summary = "案件列表（原告或申请人姓名脱敏；act=DISCLOSURE_APPLICATION 为政府信息公开案件，即年度报告表四所计）")
    PageOf<ListItemJson> list(@RequestParam(required = false) CaseKind kind,
                              @RequestParam(required = false) CaseState state,
                              @RequestParam(required = false) ActType act,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(cases.search(kind, state, act, q, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), ListItemJson::of);
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "案件详情：答辩期限、庭审与出庭、结案结果")
    CaseJson get(@PathVariable long id) {
        return json(cases.litigationCase(id));
    }

    @PostMapping("/cases/{id}/answer")
    @PreAuthorize(MANAGE)
    @Operation(summary = "提交答辩状和证据")
    CaseJson answer(@PathVariable long id, @RequestBody(required = false) AnswerJson body) {
        return json(cases.answer(id, body == null ? null : body.answeredOn()));
    }

    @PostMapping("/cases/{id}/hearings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记庭审：负责人出庭，或不能出庭的正当理由和委托出庭的工作人员")
    HearingJson hearing(@PathVariable long id, @RequestBody NewHearingJson body) {
        return HearingJson.of(cases.hearing(id, new LitigationCases.NewHearing(body.heldOn(), body.headAppeared(),
                body.appearedName(), body.appearedPosition(), body.absenceReason(), body.absenceExplanation(),
                body.delegate())));
    }

    @PostMapping("/cases/{id}/conclusion")
    @PreAuthorize(MANAGE)
    @Operation(summary = "结案：裁判或复议决定的结果")
    CaseJson conclude(@PathVariable long id, @RequestBody ConclusionJson body) {
        return json(cases.conclude(id, body.concludedOn(), body.outcome()));
    }

    @PostMapping(path = "/cases/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGE)
    @Operation(summary = "导入行政应诉复议台账（CSV/XLSX）")
    ImportReport importCases(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(CaseLedger.NAME, file);
    }

    @GetMapping("/statistics")
    @PreAuthorize(READ)
    @Operation(summary = "年度统计：收案、结案、败诉率、负责人出庭率")
    LitigationStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    private CaseJson json(LitigationCase c) {
        LitigationCase.Act act = c.getAct();
        return new CaseJson(c.getId(), c.getKind(), c.getInstance().name(), c.getAppealOfId(),
                c.isAfterReconsideration(), c.getState(),
                c.getCaseNumber(), c.getHolderUnitId(), c.getBody(), c.applicantAsSeen(),
                new ActJson(act.type().name(), act.id(), act.reference(), act.description()), c.getCopyReceivedOn(),
                cases.answerDueOn(c), c.getAnsweredOn(),
                cases.hearingsOf(c.getId()).stream().map(HearingJson::of).toList(),
                c.getOutcome() == null ? null : c.getOutcome().name(),
                c.getOutcome() == null ? null : c.getOutcome().label(), c.lost(), c.getConcludedOn(),
                List.copyOf(c.getState().steps()));
    }
}
