package org.fazhi.counsel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.counsel.LegalTeamStatistics;
import org.fazhi.counsel.internal.AdvisorEngagement;
import org.fazhi.counsel.internal.LegalTeamStatisticsQuery;
import org.fazhi.counsel.internal.LegalTeams;
import org.fazhi.counsel.internal.ServiceCounts;
import org.fazhi.counsel.internal.ServiceReview;
import org.fazhi.counsel.internal.TeamMember;
import org.fazhi.counsel.internal.TeamMemberKind;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.FormPages;
import org.fazhi.shared.web.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法治队伍页面 — the advisors engaged, the villages with and without one, 法律明白人 and 法治副校长, the service review
 * against the norms, and the dashboard section. Every list selects its records as
 * {@link LegalTeamStatisticsQuery#basis} does, so it shows as many as the figure that leads to it.
 */
@Controller
class LegalTeamPages {

    private static final String READ = "hasAuthority('LEGAL_TEAM_READ')";
    private static final String MANAGE = "hasAuthority('LEGAL_TEAM_MANAGE')";

    private final LegalTeams teams;
    private final LegalTeamStatisticsQuery statistics;
    private final ServiceReview review;
    private final DataScope dataScope;
    private final FormPages forms;
    private final Clock clock;

    LegalTeamPages(LegalTeams teams, LegalTeamStatisticsQuery statistics, ServiceReview review, DataScope dataScope,
                   FormPages forms, Clock clock) {
        this.teams = teams;
        this.statistics = statistics;
        this.review = review;
        this.dataScope = dataScope;
        this.forms = forms;
        this.clock = clock;
    }

    record EngagementForm(String name, String firm, String licenceNumber, String phone, Long villageId,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {
        LegalTeams.NewEngagement command() {
            return new LegalTeams.NewEngagement(name, firm, licenceNumber, phone, villageId, startsOn, endsOn);
        }
    }

    record ContractForm(String firm, String lawyer, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
                        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn, String scope) {
        LegalTeams.NewTownContract command() {
            return new LegalTeams.NewTownContract(firm, lawyer, startsOn, endsOn, scope);
        }
    }

    record MemberForm(TeamMemberKind kind, String name, String workUnit, String school, Long villageId,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate trainedOn) {
        LegalTeams.NewMember command() {
            return new LegalTeams.NewMember(kind, name, workUnit, school, villageId, trainedOn);
        }
    }

    record ServiceForm(Long advisorId, Long villageId, @DateTimeFormat(iso = ISO.DATE) LocalDate servedOn,
                       Integer onSiteDays, Integer talks, Integer questions, Integer documents, String note) {
        LegalTeams.NewServiceEntry command() {
            return new LegalTeams.NewServiceEntry(advisorId, villageId, servedOn, onSiteDays, talks, questions,
                    documents, note);
        }
    }

    record NormsForm(Integer onSiteDays, Integer talks, Integer questions, Integer documents) {
    }

    // ---------------------------------------------------------------- advisors

    @GetMapping("/legal-teams")
    @PreAuthorize(READ)
    String advisors(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                    @RequestParam(required = false) String q, @AuthenticationPrincipal FazhiUser user, Model model) {
        LegalTeamStatisticsQuery.Basis b = basis(year, orgUnit, user, model);
        String keyword = q == null || q.isBlank() ? null : q.strip();
        List<AdvisorRow> rows = b.advisorsByLicence().values().stream()
                .map(es -> new AdvisorRow(b.names().get(es.get(0).getAdvisorId()), es.stream()
                        .map(e -> new Served(unitName(e.getHolderUnitId()), e.getStartsOn(), e.getEndsOn()))
                        .toList()))
                .filter(r -> keyword == null || r.advisor().name().contains(keyword)
                        || r.advisor().firm().contains(keyword) || r.advisor().licenceNumber().contains(keyword))
                .sorted(Comparator.comparing(r -> r.advisor().name())).toList();
        model.addAttribute("q", keyword);
        model.addAttribute("rows", rows);
        model.addAttribute("soon", LocalDate.now(clock).plusDays(LegalTeams.ENDING_ALERT_DAYS));
        model.addAttribute("contracts", teams.townContracts());
        model.addAttribute("villages", teams.writableVillages());
        return "counsel/advisors";
    }

    /** An advisor with the villages served on the day. */
    record AdvisorRow(LegalTeams.AdvisorName advisor, List<Served> served) {
    }

    record Served(String village, LocalDate startsOn, LocalDate endsOn) {
    }

    @PostMapping("/legal-teams/engagements")
    @PreAuthorize(MANAGE)
    String engage(@ModelAttribute("engagement") EngagementForm form, BindingResult binding,
                  @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            teams.engage(form.command());
            redirect.addFlashAttribute("success", "counsel.engaged");
            return "redirect:/legal-teams";
        }, () -> advisors(null, null, null, user, model));
    }

    @PostMapping("/legal-teams/contracts")
    @PreAuthorize(MANAGE)
    String contract(@ModelAttribute("contract") ContractForm form, BindingResult binding,
                    @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            teams.recordTownContract(form.command());
            redirect.addFlashAttribute("success", "counsel.contractSaved");
            return "redirect:/legal-teams";
        }, () -> advisors(null, null, null, user, model));
    }

    /** Where the deadline register's link to an engagement leads: the village's line of the villages list. */
    @GetMapping("/legal-teams/engagements/{id}")
    @PreAuthorize(READ)
    String engagement(@PathVariable long id) {
        AdvisorEngagement e = teams.engagement(id);
        return "redirect:/legal-teams/villages?orgUnit=" + e.getHolderUnitId();
    }

    // ---------------------------------------------------------------- villages

    @GetMapping("/legal-teams/villages")
    @PreAuthorize(READ)
    String villages(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                    @RequestParam(required = false) Boolean covered, @AuthenticationPrincipal FazhiUser user,
                    Model model) {
        LegalTeamStatisticsQuery.Basis b = basis(year, orgUnit, user, model);
        Map<Long, List<AdvisorEngagement>> byVillage = b.engaged().stream()
                .collect(Collectors.groupingBy(AdvisorEngagement::getHolderUnitId));
        List<VillageRow> rows = b.villages().stream()
                .map(v -> new VillageRow(v, byVillage.getOrDefault(v.id(), List.of()).stream()
                        .map(e -> new Serving(b.names().get(e.getAdvisorId()), e.getEndsOn())).toList()))
                .filter(r -> covered == null || covered == !r.advisors().isEmpty()).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("covered", covered);
        model.addAttribute("soon", b.on().plusDays(LegalTeams.ENDING_ALERT_DAYS));
        return "counsel/villages";
    }

    record VillageRow(OrgUnitView village, List<Serving> advisors) {
    }

    record Serving(LegalTeams.AdvisorName advisor, LocalDate endsOn) {
    }

    // ---------------------------------------------------------------- 法律明白人, 法治副校长

    @GetMapping("/legal-teams/members")
    @PreAuthorize(READ)
    String members(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                   @RequestParam(required = false) TeamMemberKind kind, @AuthenticationPrincipal FazhiUser user,
                   Model model) {
        LegalTeamStatisticsQuery.Basis b = basis(year, orgUnit, user, model);
        List<TeamMember> rows = kind == TeamMemberKind.LEGAL_AWARE_PERSON ? b.legalAware()
                : kind == TeamMemberKind.SCHOOL_VICE_PRINCIPAL ? b.vicePrincipals()
                : java.util.stream.Stream.concat(b.legalAware().stream(), b.vicePrincipals().stream()).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", TeamMemberKind.values());
        model.addAttribute("villages", teams.writableVillages());
        return "counsel/members";
    }

    @PostMapping("/legal-teams/members")
    @PreAuthorize(MANAGE)
    String addMember(@ModelAttribute("member") MemberForm form, BindingResult binding,
                     @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            teams.addMember(form.command());
            redirect.addFlashAttribute("success", "counsel.memberSaved");
            return "redirect:/legal-teams/members";
        }, () -> members(null, null, null, user, model));
    }

    // ---------------------------------------------------------------- service review

    @GetMapping("/legal-teams/service")
    @PreAuthorize(READ)
    String service(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean shortOnly,
                   @AuthenticationPrincipal FazhiUser user, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<ServiceReview.Row> rows = review.of(y).stream().filter(r -> !shortOnly || r.fallsShort()).toList();
        Long townId = user.homeUnit().townId();
        model.addAttribute("year", y);
        model.addAttribute("shortOnly", shortOnly);
        model.addAttribute("rows", rows);
        ServiceCounts norms = townId == null ? null : teams.normsOf(townId);
        model.addAttribute("norms", norms);
        model.addAttribute("normValues", norms == null ? Map.of() : Map.of("onSiteDays", norms.onSiteDays(),
                "talks", norms.talks(), "questions", norms.questions(), "documents", norms.documents()));
        model.addAttribute("advisors", review.of(LocalDate.now(clock).getYear()).stream()
                .map(ServiceReview.Row::advisor).distinct()
                .sorted(Comparator.comparing(LegalTeams.AdvisorName::name)).toList());
        model.addAttribute("villages", teams.writableVillages());
        return "counsel/service";
    }

    @PostMapping("/legal-teams/service")
    @PreAuthorize(MANAGE)
    String logService(@ModelAttribute("entry") ServiceForm form, BindingResult binding,
                      @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            teams.logService(form.command());
            redirect.addFlashAttribute("success", "counsel.serviceSaved");
            return "redirect:/legal-teams/service";
        }, () -> service(null, false, user, model));
    }

    @PostMapping("/legal-teams/norms")
    @PreAuthorize(MANAGE)
    String norms(@ModelAttribute("normsForm") NormsForm form, BindingResult binding,
                 @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            teams.updateNorms(LegalTeamApi.norms(form.onSiteDays(), form.talks(), form.questions(),
                    form.documents()));
            redirect.addFlashAttribute("success", "counsel.normsSaved");
            return "redirect:/legal-teams/service";
        }, () -> service(null, false, user, model));
    }

    // ---------------------------------------------------------------- dashboard

    @GetMapping("/legal-teams/section")
    @PreAuthorize(READ)
    String section(@AuthenticationPrincipal FazhiUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = today.getYear();
        long unit = user.figuresUnitId();
        LegalTeamStatistics.Figures f = statistics.of(y, unit);
        LegalTeamStatisticsQuery.Basis b = statistics.basis(y, unit);
        Period asOf = Period.asOf(today);
        String q = "?year=" + y + "&orgUnit=" + unit;
        model.addAttribute("unitName", b.unit().name());
        model.addAttribute("figures", List.of(
                Figure.count("legal-villages", "counsel.stats.villages", f.villages(), asOf,
                        "/legal-teams/villages" + q),
                Figure.count("legal-villages-covered", "counsel.stats.villagesWithAdvisor", f.villagesWithAdvisor(),
                        asOf, "/legal-teams/villages" + q + "&covered=true"),
                Figure.percent("legal-coverage", "counsel.stats.coverage", f.advisorCoverage(), asOf,
                        "/legal-teams/villages" + q),
                Figure.count("legal-advisors", "counsel.stats.advisors", f.advisors(), asOf, "/legal-teams" + q),
                Figure.count("legal-aware", "counsel.stats.legalAwarePersons", f.legalAwarePersons(), asOf,
                        "/legal-teams/members" + q + "&kind=LEGAL_AWARE_PERSON"),
                Figure.count("legal-vice-principals", "counsel.stats.schoolVicePrincipals",
                        f.schoolVicePrincipals(), asOf,
                        "/legal-teams/members" + q + "&kind=SCHOOL_VICE_PRINCIPAL")));
        Set<Long> covered = b.coveredVillageIds();
        model.addAttribute("uncovered", b.villages().stream().filter(v -> !covered.contains(v.id())).toList());
        model.addAttribute("uncoveredHref", "/legal-teams/villages" + q + "&covered=false");
        LocalDate soon = today.plusDays(LegalTeams.ENDING_ALERT_DAYS);
        model.addAttribute("ending", b.engaged().stream().filter(e -> !e.getEndsOn().isAfter(soon))
                .sorted(Comparator.comparing(AdvisorEngagement::getEndsOn))
                .map(e -> new EndingRow(b.names().get(e.getAdvisorId()), unitName(e.getHolderUnitId()),
                        e.getEndsOn())).toList());
        return "counsel/section";
    }

    record EndingRow(LegalTeams.AdvisorName advisor, String village, LocalDate endsOn) {
    }

    // ---------------------------------------------------------------- helpers

    /** The figures' basis for the year and unit asked, or this year and the user's own unit; puts both in the model. */
    private LegalTeamStatisticsQuery.Basis basis(Integer year, Long orgUnit, FazhiUser user, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        long unit = orgUnit == null ? user.figuresUnitId() : orgUnit;
        LegalTeamStatisticsQuery.Basis b = statistics.basis(y, unit);
        model.addAttribute("year", y);
        model.addAttribute("orgUnit", unit);
        model.addAttribute("on", b.on());
        model.addAttribute("units", dataScope.visibleUnits().stream()
                .filter(u -> u.type() != OrgUnitType.DEPARTMENT).toList());
        return b;
    }


    private String unitName(long id) {
        return dataScope.visibleUnits().stream().filter(u -> u.id() == id).map(OrgUnitView::name).findFirst()
                .orElse("");
    }
}
