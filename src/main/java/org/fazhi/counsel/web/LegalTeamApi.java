package org.fazhi.counsel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.counsel.LegalTeamStatistics;
import org.fazhi.counsel.internal.AdvisorEngagement;
import org.fazhi.counsel.internal.AdvisorLedger;
import org.fazhi.counsel.internal.LegalTeams;
import org.fazhi.counsel.internal.ServiceCounts;
import org.fazhi.counsel.internal.ServiceReview;
import org.fazhi.counsel.internal.TeamMember;
import org.fazhi.counsel.internal.TeamMemberKind;
import org.fazhi.counsel.internal.TownCounselContract;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 法治队伍 API — engagements and their ledger, the town's counsel, team members, the service log and the figures. */
@RestController
@RequestMapping("/api/v1/legal-teams")
@Tag(name = "法治队伍", description = "legal teams: village legal advisors, the town's counsel, 法律明白人, 法治副校长")
class LegalTeamApi {

    private static final String READ = "hasAuthority('LEGAL_TEAM_READ')";
    private static final String MANAGE = "hasAuthority('LEGAL_TEAM_MANAGE')";

    private final LegalTeams teams;
    private final LegalTeamStatistics statistics;
    private final ServiceReview review;
    private final LedgerImports ledgers;
    private final OrgDirectory directory;
    private final Clock clock;

    LegalTeamApi(LegalTeams teams, LegalTeamStatistics statistics, ServiceReview review, LedgerImports ledgers,
                 OrgDirectory directory, Clock clock) {
        this.teams = teams;
        this.statistics = statistics;
        this.review = review;
        this.ledgers = ledgers;
        this.directory = directory;
        this.clock = clock;
    }

    record EngagementJson(long id, long advisorId, String name, String firm, String licenceNumber, long villageId,
                          String villageName, LocalDate startsOn, LocalDate endsOn) {
    }

    record ContractJson(long id, String firm, String lawyer, LocalDate startsOn, LocalDate endsOn, String scope) {
        static ContractJson of(TownCounselContract c) {
            return new ContractJson(c.getId(), c.getFirm(), c.getLawyer(), c.getStartsOn(), c.getEndsOn(),
                    c.getScope());
        }
    }

    record MemberJson(long id, TeamMemberKind kind, String name, String workUnit, String school, long unitId,
                      LocalDate trainedOn) {
        static MemberJson of(TeamMember m) {
            return new MemberJson(m.getId(), m.getKind(), m.getName(), m.getWorkUnit(), m.getSchool(),
                    m.getHolderUnitId(), m.getTrainedOn());
        }
    }

    record ServiceRowJson(long advisorId, String advisorName, long villageId, String villageName, int months,
                          ServiceCounts done, ServiceCounts expected, boolean fallsShort) {
    }

    record NormsRequest(Integer onSiteDays, Integer talks, Integer questions, Integer documents) {
    }

    @GetMapping("/engagements")
    @PreAuthorize(READ)
    @Operation(summary = "村（居）法律顾问聘用记录（每名顾问每个服务村居一条）")
    List<EngagementJson> engagements() {
        List<AdvisorEngagement> all = teams.engagements();
        Map<Long, LegalTeams.AdvisorName> names = teams.namesOf(all);
        return all.stream().map(e -> {
            LegalTeams.AdvisorName n = names.get(e.getAdvisorId());
            return new EngagementJson(e.getId(), e.getAdvisorId(), n.name(), n.firm(), n.licenceNumber(),
                    e.getHolderUnitId(), directory.find(e.getHolderUnitId()).map(OrgUnitView::name).orElse(""),
                    e.getStartsOn(), e.getEndsOn());
        }).toList();
    }

    @PostMapping("/engagements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "聘用村（居）法律顾问服务一个村居（按执业证号登记顾问）")
    Map<String, Object> engage(@RequestBody LegalTeams.NewEngagement rq) {
        AdvisorEngagement e = teams.engage(rq);
        return Map.of("id", e.getId(), "advisorId", e.getAdvisorId());
    }

    @PostMapping(path = "/advisors/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGE)
    @Operation(summary = "导入村(居)法律顾问台账（CSV/XLSX）")
    ImportReport importAdvisors(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(AdvisorLedger.NAME, file);
    }

    @GetMapping("/town-counsel")
    @PreAuthorize(READ)
    @Operation(summary = "政府法律顾问服务协议")
    List<ContractJson> contracts() {
        return teams.townContracts().stream().map(ContractJson::of).toList();
    }

    @PostMapping("/town-counsel")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记政府法律顾问服务协议（律所、律师、期限、服务范围）")
    ContractJson contract(@RequestBody LegalTeams.NewTownContract rq) {
        return ContractJson.of(teams.recordTownContract(rq));
    }

    @GetMapping("/members")
    @PreAuthorize(READ)
    @Operation(summary = "法律明白人与法治副校长")
    List<MemberJson> members() {
        return teams.members().stream().map(MemberJson::of).toList();
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记法律明白人（村居）或法治副校长（学校）")
    MemberJson member(@RequestBody LegalTeams.NewMember rq) {
        return MemberJson.of(teams.addMember(rq));
    }

    @PostMapping("/service-log")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    @Operation(summary = "登记法律顾问服务记录（驻村天数、讲座、解答咨询、审查文书）")
    Map<String, Object> log(@RequestBody LegalTeams.NewServiceEntry rq) {
        return Map.of("id", teams.logService(rq).getId());
    }

    @GetMapping("/service")
    @PreAuthorize(READ)
    @Operation(summary = "年度服务情况与服务规范对照（未达标者 fallsShort）")
    List<ServiceRowJson> service(@RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return review.of(y).stream().map(r -> new ServiceRowJson(r.advisor().id(), r.advisor().name(),
                r.village().id(), r.village().name(), r.months(), r.done(), r.expected(), r.fallsShort())).toList();
    }

    @PutMapping("/norms")
    @PreAuthorize(MANAGE)
    @Operation(summary = "设置本镇法律顾问服务规范（每村每年）")
    ServiceCounts norms(@RequestBody NormsRequest rq) {
        return teams.updateNorms(norms(rq.onSiteDays(), rq.talks(), rq.questions(), rq.documents()));
    }

    @GetMapping("/statistics")
    @PreAuthorize(READ)
    @Operation(summary = "年度法治队伍统计：村居数、有法律顾问的村居、覆盖率、顾问人数、法律明白人、法治副校长")
    LegalTeamStatistics.Figures statistics(@RequestParam int year, @RequestParam long orgUnit) {
        return statistics.of(year, orgUnit);
    }

    /** The four norms as typed: each required, a whole number in range. */
    static ServiceCounts norms(Integer onSiteDays, Integer talks, Integer questions, Integer documents) {
        Input in = new Input();
        Integer[] values = {onSiteDays, talks, questions, documents};
        String[] fields = {"onSiteDays", "talks", "questions", "documents"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                in.problem(fields[i], Input.REQUIRED);
            }
        }
        in.check();
        return new ServiceCounts(onSiteDays, talks, questions, documents);
    }
}
