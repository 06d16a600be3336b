package org.fazhi.mediation.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.MediationFigures;
import org.fazhi.mediation.MediationStatistics;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.DisputeQueries;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 调解统计 — the statistics dashboard (key figures, charts by month, category and source, the village heat table; every
 * figure links to the disputes behind it) and the dashboard section with the major-dispute alert. Both read {@link
 * MediationStatistics}, as the API does.
 */
@Controller
class StatisticsPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MediationStatistics statistics;
    private final DisputeQueries queries;
    private final DataScope dataScope;
    private final OrgDirectory directory;

    StatisticsPages(MediationStatistics statistics, DisputeQueries queries, DataScope dataScope,
                    OrgDirectory directory) {
        this.statistics = statistics;
        this.queries = queries;
        this.dataScope = dataScope;
        this.directory = directory;
    }

    /** A village of the heat table: name, id for the link, count. */
    record VillageCell(String name, Long id, long count) {
    }

    @GetMapping("/mediation/statistics")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnit,
                @AuthenticationPrincipal FazhiUser user, Model model) {
        int y = year == null ? LocalDate.now(FazhiApplication.ZONE).getYear() : year;
        Input.requireYear(y);
        long unit = orgUnit == null ? user.figuresUnitId() : orgUnit;
        MediationFigures f = statistics.of(y, unit);
        model.addAttribute("f", f);
        model.addAttribute("year", y);
        model.addAttribute("units", dataScope.visibleUnits().stream()
                .filter(u -> u.type() != OrgUnitType.DEPARTMENT || u.name().contains("调解")).toList());
        long max = f.byVillage().values().stream().mapToLong(Long::longValue).max().orElse(0);
        model.addAttribute("maxVillage", max);
        model.addAttribute("villageCells", f.byVillage().entrySet().stream().map(e -> new VillageCell(e.getKey(),
                villageId(f, e.getKey()), e.getValue())).toList());
        model.addAttribute("listBase", "/mediation/disputes?year=" + y + "&orgUnit=" + unit);
        model.addAttribute("categoryCodes", List.of(DisputeCategory.values()));
        model.addAttribute("sourceCodes", List.of(DisputeSource.values()));
        model.addAttribute("chartData", JSON.writeValueAsString(java.util.Map.of(
                "months", f.byMonth(),
                "categories", f.byCategory(), "categoryCodes", List.of(DisputeCategory.values()).stream()
                        .map(Enum::name).toList(),
                "sources", f.bySource(), "sourceCodes", List.of(DisputeSource.values()).stream().map(Enum::name)
                        .toList())));
        return "mediation/statistics";
    }

    @GetMapping("/mediation/section")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String section(@AuthenticationPrincipal FazhiUser user, Model model) {
        LocalDate today = LocalDate.now(FazhiApplication.ZONE);
        int y = today.getYear();
        long unit = user.figuresUnitId();
        MediationFigures f = statistics.of(y, unit);
        model.addAttribute("f", f);
        model.addAttribute("year", y);
        model.addAttribute("figures", sectionFigures(f, Period.thisYear(today),
                "/mediation/disputes?year=" + y + "&orgUnit=" + unit));
        List<Dispute> major = queries.unresolvedMajor();
        model.addAttribute("major", major.stream().limit(10).map(d -> new Object[] {d,
                directory.find(d.getLocalityId()).map(OrgUnitView::name).orElse(""),
                d.getFollowUps().isEmpty() ? null : d.getFollowUps().get(d.getFollowUps().size() - 1)
                        .getFollowedOn()}).toList());
        model.addAttribute("majorCount", major.size());
        return "mediation/section";
    }

    /**
     * The section's figures of the year from {@link MediationStatistics}, each leading to the disputes it counts: the
     * success rate to the accepted disputes it is a share of.
     */
    static List<Figure> sectionFigures(MediationFigures f, Period year, String list) {
        return List.of(
                Figure.count("section-accepted", "mediation.stats.accepted", f.accepted(), year, list),
                Figure.count("section-succeeded", "mediation.stats.succeeded", f.succeeded(), year,
                        list + "&status=SUCCEEDED"),
                Figure.percent("section-rate", "mediation.stats.successRate", f.successRate(), year, list),
                Figure.count("section-open", "mediation.stats.open", f.inMediation(), year,
                        list + "&status=MEDIATING"),
                Figure.count("section-major", "mediation.stats.majorCount", f.majorDisputes(), year,
                        list + "&major=true"),
                Figure.count("section-major-resolved", "mediation.stats.majorResolved", f.majorResolved(), year,
                        list + "&major=true&status=SUCCEEDED"));
    }


    private Long villageId(MediationFigures f, String name) {
        OrgUnitView unit = directory.get(f.orgUnitId());
        List<OrgUnitView> candidates = unit.townId() == null
                ? directory.all().stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList()
                : directory.villagesOf(unit.townId());
        return candidates.stream().filter(v -> v.name().equals(name)).map(OrgUnitView::id).findFirst().orElse(null);
    }
}
