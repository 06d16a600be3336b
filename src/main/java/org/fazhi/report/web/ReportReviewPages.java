package org.fazhi.report.web;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.report.internal.DistrictRollup;
import org.fazhi.report.internal.ReportDiffs;
import org.fazhi.report.internal.ReportOutline;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.report.internal.SectionTemplates;
import org.fazhi.shared.NotFound;
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
 * The pages around the reports: the section templates (the installation's wording, with the figures each section
 * may name, and the way back to the default), the comparison of a report with its town's approved report, and the
 * district's roll-up of the towns of a year.
 */
@Controller
class ReportReviewPages {

    static final String TEMPLATES = RuleOfLawReportPages.BASE + "/templates";
    static final String DISTRICT = RuleOfLawReportPages.BASE + "/district";

    private final RuleOfLawReports reports;
    private final SectionTemplates templates;
    private final ReportDiffs diffs;
    private final DistrictRollup district;
    private final FormPages forms;
    private final Clock clock;

    ReportReviewPages(RuleOfLawReports reports, SectionTemplates templates, ReportDiffs diffs,
                      DistrictRollup district, FormPages forms, Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.diffs = diffs;
        this.district = district;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping(TEMPLATES)
    @PreAuthorize(ReportApi.WRITE)
    String templates(@RequestParam(required = false) String section, Model model) {
        ReportOutline.Section current = section == null ? ReportOutline.SECTIONS.get(0)
                : ReportOutline.section(section).orElseThrow(() -> new NotFound("report-section", section));
        model.addAttribute("sections", ReportOutline.SECTIONS);
        model.addAttribute("current", current);
        model.addAttribute("text", templates.text(current.key()));
        model.addAttribute("customized", templates.customized(current.key()));
        model.addAttribute("figureKeys", templates.figureKeys(current.key()));
        return "report/templates";
    }

    @PostMapping(TEMPLATES + "/{key}")
    @PreAuthorize(ReportApi.WRITE)
    String saveTemplate(@PathVariable String key, @RequestParam(required = false) String text,
                        RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reports.updateTemplate(key, text);
            redirect.addFlashAttribute("success", "report.templates.saved");
            return "redirect:" + TEMPLATES + "?section=" + key;
        }, () -> templates(key, model));
    }

    @PostMapping(TEMPLATES + "/{key}/reset")
    @PreAuthorize(ReportApi.WRITE)
    String resetTemplate(@PathVariable String key, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            reports.resetTemplate(key);
            redirect.addFlashAttribute("success", "report.templates.reset.done");
            return "redirect:" + TEMPLATES + "?section=" + key;
        }, () -> templates(key, model));
    }

    @GetMapping(RuleOfLawReportPages.BASE + "/{id}/diff")
    @PreAuthorize(ReportApi.READ)
    String diff(@PathVariable long id, Model model) {
        model.addAttribute("diff", diffs.againstApproved(id));
        return "report/diff";
    }

    @GetMapping(DISTRICT)
    @PreAuthorize(ReportApi.READ)
    String district(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("rollup", district.of(shown));
        return "report/district";
    }
}
