package org.fazhi.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages: the list with the form to generate a draft, and the editor — sections on the left, the text of
 * the chosen section in the middle, its figures with their sources and links on the right, approval and publication
 * as the user's permissions and the report's state allow.
 */
@Controller
class RuleOfLawReportPages {

    static final String BASE = "/reports/rule-of-law";

    private final RuleOfLawReports reports;
    private final DataScope dataScope;
    private final FormPages forms;
    private final Clock clock;

    RuleOfLawReportPages(RuleOfLawReports reports, DataScope dataScope, FormPages forms, Clock clock) {
        this.reports = reports;
        this.dataScope = dataScope;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @PreAuthorize(ReportApi.READ)
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("towns", towns());
        model.addAttribute("defaultYear", LocalDate.now(clock).getYear() - 1);
        return "report/list";
    }

    @PostMapping(BASE)
    @PreAuthorize(ReportApi.WRITE)
    String generate(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnitId,
                    RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            long id = reports.generate(year, orgUnitId).report().getId();
            redirect.addFlashAttribute("success", "report.generated");
            return "redirect:" + BASE + "/" + id;
        }, () -> list(model));
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize(ReportApi.READ)
    String editor(@PathVariable long id, @RequestParam(required = false) String section, Model model) {
        RuleOfLawReports.ReportView view = reports.report(id);
        model.addAttribute("view", view);
        RuleOfLawReports.SectionView current = view.sections().stream()
                .filter(s -> s.section().key().equals(section)).findFirst().orElse(view.sections().get(0));
        model.addAttribute("current", current);
        model.addAttribute("versions", reports.versions(id, current.section().key()));
        return "report/editor";
    }

    @PostMapping(BASE + "/{id}/sections/{key}")
    @PreAuthorize(ReportApi.WRITE)
    String edit(@PathVariable long id, @PathVariable String key, @RequestParam(required = false) String text,
                RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reports.edit(id, key, text);
            redirect.addFlashAttribute("success", "report.saved");
            return "redirect:" + BASE + "/" + id + "?section=" + key;
        }, () -> editor(id, key, model));
    }

    @PostMapping(BASE + "/{id}/approval")
    @PreAuthorize(ReportApi.APPROVE)
    String approve(@PathVariable long id, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reports.approve(id);
            redirect.addFlashAttribute("success", "report.approved");
            return "redirect:" + BASE + "/" + id;
        }, () -> editor(id, null, model));
    }

    @PostMapping(BASE + "/{id}/publication")
    @PreAuthorize(ReportApi.APPROVE)
    String publish(@PathVariable long id, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reports.publish(id);
            redirect.addFlashAttribute("success", "report.published");
            return "redirect:" + BASE + "/" + id;
        }, () -> editor(id, null, model));
    }

    /** The towns the user may generate a report for. */
    private List<OrgUnitView> towns() {
        return WorkPlanPages.writableTowns(dataScope);
    }
}
