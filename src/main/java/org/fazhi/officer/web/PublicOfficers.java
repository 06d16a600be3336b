package org.fazhi.officer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.officer.internal.CertificateRegisterQuery;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 执法人员公示 — the 事前公开 of 国办发〔2018〕118号 and 《行政处罚法》第39条: a town's officers holding a valid
 * certificate today, with name, certificate number and enforcement category only (no ID number, no account).
 */
@Controller
@PublicEndpoint
class PublicOfficers {

    private final CertificateRegisterQuery register;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final Clock clock;

    PublicOfficers(CertificateRegisterQuery register, OrgDirectory directory, PublicTowns towns, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.towns = towns;
        this.clock = clock;
    }

    /** What the public sees of an officer. */
    record PublicOfficer(String name, String certificateNumber, String category, String unit, String town) {
    }

    @GetMapping("/portal/{town}/officers")
    String page(@PathVariable String town, Model model) {
        model.addAttribute("officers", published(towns.get(town)));
        return "officer/portal";
    }

    @GetMapping("/api/public/v1/officers")
    @ResponseBody
    @Operation(summary = "一个乡镇今日持有效执法证的执法人员（姓名、执法证号、执法类别）")
    List<PublicOfficer> json(@Parameter(description = "乡镇编号（见 /api/public/v1/towns）；只有一个乡镇的平台可以不填")
                             @RequestParam(required = false) Long town) {
        return published(towns.forApi(town));
    }

    private List<PublicOfficer> published(OrgUnitView town) {
        LocalDate today = LocalDate.now(clock);
        List<OfficerSummary> valid = DataScope.asSystem(() -> register.validOn(today));
        return valid.stream().map(o -> directory.find(o.unitId()).filter(u -> u.townId() != null
                        && u.townId() == town.id())
                .map(u -> new PublicOfficer(o.name(), o.certificateNumber(), o.category(), u.name(), town.name())))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(PublicOfficer::unit).thenComparing(PublicOfficer::name)).toList();
    }
}
