package org.fazhi.study.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.study.StudyStatistics;
import org.fazhi.study.internal.DutyStatement;
import org.fazhi.study.internal.StudyLedger;
import org.fazhi.study.internal.StudyPlan;
import org.fazhi.study.internal.StudySession;
import org.fazhi.study.internal.StudySessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 领导干部学法 API — sessions, the annual plan, the 述法 statement, the ledger import and the year's figures. */
@RestController
@RequestMapping("/api/v1/study")
@Tag(name = "领导干部学法", description = "leaders' law study")
class StudyApi {

    private final StudySessions sessions;
    private final StudyStatistics statistics;
    private final LedgerImports ledgers;

    StudyApi(StudySessions sessions, StudyStatistics statistics, LedgerImports ledgers) {
        this.sessions = sessions;
        this.statistics = statistics;
        this.ledgers = ledgers;
    }

    record SessionJson(long id, LocalDate heldOn, String form, String topic, String host, int participants,
                       String materials, List<String> attendees) {
        static SessionJson of(StudySession s) {
            return new SessionJson(s.getId(), s.getHeldOn(), s.getForm().label(), s.getTopic(), s.getHost(),
                    s.getParticipants(), s.getMaterials(), List.copyOf(s.getAttendees()));
        }
    }

    record PlanRequest(Integer planned) {
    }

    record PlanJson(int year, int planned) {
        static PlanJson of(StudyPlan p) {
            return new PlanJson(p.getYear(), p.getPlanned());
        }
    }

    record StatementRequest(String responsible, String content) {
    }

    record StatementJson(long id, int year, String responsible, String content) {
        static StatementJson of(DutyStatement s) {
            return new StatementJson(s.getId(), s.getYear(), s.getResponsible(), s.getContent());
        }
    }

    @GetMapping("/sessions")
    @PreAuthorize("hasAuthority('STUDY_READ')")
    @Operation(summary = "一年的领导干部学法活动")
    List<SessionJson> sessions(@RequestParam int year) {
        return sessions.sessionsOf(year).stream().map(SessionJson::of).toList();
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    @Operation(summary = "登记学法活动")
    SessionJson record(@RequestBody StudySessions.NewSession rq) {
        return SessionJson.of(sessions.record(rq));
    }

    @PostMapping(path = "/sessions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    @Operation(summary = "导入领导干部学法台账（CSV/XLSX）")
    ImportReport importSessions(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(StudyLedger.NAME, file);
    }

    @PutMapping("/plans/{year}")
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    @Operation(summary = "设定年度学法计划次数")
    PlanJson plan(@PathVariable int year, @RequestBody PlanRequest rq) {
        return PlanJson.of(sessions.plan(year, rq.planned()));
    }

    @PutMapping("/statements/{year}")
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    @Operation(summary = "登记第一责任人年度述法（签字件作为附件上传）")
    StatementJson state(@PathVariable int year, @RequestBody StatementRequest rq) {
        return StatementJson.of(sessions.state(year, rq.responsible(), rq.content()));
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('STUDY_READ')")
    @Operation(summary = "年度学法统计：次数、按形式、参加人次、学习主题")
    StudyStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }
}
