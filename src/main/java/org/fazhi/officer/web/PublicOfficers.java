package org.fazhi.officer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.officer.internal.OfficerService;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 执法人员公示 — the 事前公开 of 国办发〔2018〕118号 and 《行政处罚法》第39条: each town's officers holding a valid
 * certificate today, with name, certificate number and enforcement category only (no ID number, no account).
 */
@Controller
@PublicEndpoint
class PublicOfficers {

    private final OfficerService officers;
    private final OrgDirectory directory;
    private final Clock clock;

    PublicOfficers(OfficerService officers, OrgDirectory directory, Clock clock) {
        this.officers = officers;
        this.directory = directory;
        this.clock = clock;
    }

    /** What the public sees of an officer. */
    record PublicOfficer(String name, String certificateNumber, String category, String unit, String town) {
    }

    @GetMapping("/portal/officers")
    String page(@RequestParam(required = false) Long town, Model model) {
        List<PublicOfficer> all = published();
        List<OrgUnitView> towns = directory.towns();
        String townName = town == null ? null : towns.stream().filter(t -> t.id() == town).map(OrgUnitView::name)
                .findFirst().orElse(null);
        model.addAttribute("towns", towns);
        model.addAttribute("town", town);
        model.addAttribute("officers", townName == null ? all
                : all.stream().filter(o -> o.town().equals(townName)).toList());
        model.addAttribute("updatedOn", LocalDate.now(clock));
        return "officer/portal";
    }

    @GetMapping("/api/public/v1/officers")
    @ResponseBody
    List<PublicOfficer> json() {
        return published();
    }

    private List<PublicOfficer> published() {
        LocalDate today = LocalDate.now(clock);
        List<OfficerSummary> valid = DataScope.asSystem(() -> officers.validOn(today));
        Map<Long, OrgUnitView> units = directory.all().stream().collect(Collectors.toMap(OrgUnitView::id, u -> u));
        return valid.stream().map(o -> {
            OrgUnitView unit = units.get(o.unitId());
            OrgUnitView town = unit == null || unit.townId() == null ? null : units.get(unit.townId());
            return new PublicOfficer(o.name(), o.certificateNumber(), o.category(), unit == null ? "" : unit.name(),
                    town == null ? "" : town.name());
        }).sorted(Comparator.comparing(PublicOfficer::town).thenComparing(PublicOfficer::unit)
                .thenComparing(PublicOfficer::name)).toList();
    }
}
