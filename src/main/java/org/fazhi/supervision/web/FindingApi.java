package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.Input;
import org.fazhi.shared.PageOf;
import org.fazhi.supervision.internal.FindingRule;
import org.fazhi.supervision.internal.FindingState;
import org.fazhi.supervision.internal.Findings;
import org.fazhi.supervision.internal.NoticeDocument;
import org.fazhi.supervision.internal.NoticeKind;
import org.fazhi.supervision.internal.NoticeState;
import org.fazhi.supervision.internal.SupervisionFinding;
import org.fazhi.supervision.internal.SupervisionNotice;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 数据监督 API — the findings of the rules, a run on demand, the notices, the departments' answers and closure. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "行政执法监督", description = "findings from the data and supervision notices")
class FindingApi {

    static final String NOTICE_READ = "hasAnyAuthority('SUPERVISION_READ','SUPERVISION_ANSWER')";
    static final String ANSWER = "hasAuthority('SUPERVISION_ANSWER')";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Findings findings;
    private final NoticeDocument document;

    FindingApi(Findings findings, NoticeDocument document) {
        this.findings = findings;
        this.document = document;
    }

    record FindingJson(long id, FindingRule rule, String ruleLabel, String subjectType, String subjectId,
                       String title, String link, long orgUnitId, LocalDate dueOn, LocalDate detectedOn,
                       boolean repeat, FindingState state, Long noticeId) {
        static FindingJson of(SupervisionFinding f) {
            return new FindingJson(f.getId(), f.getRule(), f.getRule().label(), f.getSubjectType(),
                    f.getSubjectId(), f.getSubjectTitle(), f.getLink(), f.getHolderUnitId(), f.getDueOn(),
                    f.getDetectedOn(), f.isRepeat(), f.getState(), f.getNoticeId());
        }
    }

    record RunJson(int raised, List<FindingJson> findings) {
    }

    record NewNoticeJson(List<Long> findingIds, NoticeKind kind, String opinion, LocalDate answerBy) {
    }

    record NoticeJson(long id, NoticeKind kind, String number, long orgUnitId, String opinion, LocalDate issuedOn,
                      LocalDate answerBy, NoticeState state, String answer, LocalDate answeredOn,
                      LocalDate closedOn, String closingNote, List<FindingJson> findings) {
    }

    record AnswerJson(String answer, LocalDate on) {
    }

    record CloseJson(String note, LocalDate on) {
    }

    @GetMapping("/findings")
    @PreAuthorize(ComplaintApi.READ)
    PageOf<FindingJson> list(@RequestParam(required = false) FindingRule rule,
                             @RequestParam(required = false) FindingState state,
                             @RequestParam(required = false) Long townId,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Input in = new Input();
        Integer y = in.number("year", year, 1900, 9999);
        in.check();
        return PageOf.of(findings.search(rule, state, townId, y, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 100))), FindingJson::of);
    }

    @PostMapping("/findings/run")
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "立即运行监督规则（每晚自动运行）；已有未销号的发现不重复记录")
    RunJson run() {
        List<FindingJson> raised = findings.run().stream().map(FindingJson::of).toList();
        return new RunJson(raised.size(), raised);
    }

    @PostMapping("/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "就一个部门的待处理发现制发监督意见书或整改通知书")
    NoticeJson issue(@RequestBody NewNoticeJson b) {
        return json(findings.issue(new Findings.NewNotice(b.findingIds(), b.kind(), b.opinion(), b.answerBy())));
    }

    @GetMapping("/notices")
    @PreAuthorize(NOTICE_READ)
    PageOf<NoticeJson> notices(@RequestParam(required = false) NoticeState state,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        return PageOf.of(findings.notices(state, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1),
                100))), this::json);
    }

    @GetMapping("/notices/{id}")
    @PreAuthorize(NOTICE_READ)
    NoticeJson notice(@PathVariable long id) {
        return json(findings.notice(id));
    }

    @PostMapping("/notices/{id}/answer")
    @PreAuthorize(ANSWER)
    @Operation(summary = "被监督部门答复整改情况")
    NoticeJson answer(@PathVariable long id, @RequestBody AnswerJson b) {
        return json(findings.answer(id, b.answer(), b.on()));
    }

    @PostMapping("/notices/{id}/closure")
    @PreAuthorize(ComplaintApi.MANAGE)
    @Operation(summary = "确认整改，销号")
    NoticeJson close(@PathVariable long id, @RequestBody(required = false) CloseJson b) {
        return json(findings.close(id, b == null ? null : b.note(), b == null ? null : b.on()));
    }

    @GetMapping("/notices/{id}/notice.docx")
    @PreAuthorize(NOTICE_READ)
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("执法监督文书-" + id + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(document.of(id));
    }

    private NoticeJson json(SupervisionNotice n) {
        return new NoticeJson(n.getId(), n.getKind(), n.getNumber(), n.getHolderUnitId(), n.getOpinion(),
                n.getIssuedOn(), n.getAnswerBy(), n.getState(), n.getAnswer(), n.getAnsweredOn(), n.getClosedOn(),
                n.getClosingNote(), findings.findingsOf(n.getId()).stream().map(FindingJson::of).toList());
    }
}
