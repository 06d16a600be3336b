package org.fazhi.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.shared.web.FormPages;
import org.fazhi.supervision.internal.DistrictOverview;
import org.fazhi.supervision.internal.FindingRule;
import org.fazhi.supervision.internal.FindingState;
import org.fazhi.supervision.internal.Findings;
import org.fazhi.supervision.internal.NoticeKind;
import org.fazhi.supervision.internal.SupervisionFinding;
import org.fazhi.supervision.internal.SupervisionNotice;
import org.springframework.data.domain.PageRequest;
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
 * 数据监督页面 — the findings with the button that runs the rules now and the form that turns open findings of one
 * department into a notice; the notices with the department's answer and the closure; and the district's overview,
 * each figure a link to the records behind it.
 */
@Controller
class FindingPages {

    private final Findings findings;
    private final DistrictOverview overview;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final Clock clock;

    FindingPages(Findings findings, DistrictOverview overview, OrgDirectory directory, FormPages forms, Clock clock) {
        this.findings = findings;
        this.overview = overview;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    record NoticeForm(List<Long> findingIds, NoticeKind kind, String opinion,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate answerBy) {
    }

    record StepForm(String answer, String note, @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
    }

    @GetMapping("/supervision/findings")
    @PreAuthorize(FindingApi.NOTICE_READ)
    String list(@RequestParam(required = false) FindingRule rule, @RequestParam(required = false) FindingState state,
                @RequestParam(required = false) Long townId, @RequestParam(required = false) Integer year,
                Model model) {
        List<SupervisionFinding> found = findings.search(rule, state, townId,
                year != null && year >= 1900 && year <= 9999 ? year : null,
                PageRequest.of(0, 200)).getContent();
        model.addAttribute("findings", found);
        // a link only to the records the user may open (a department answering a notice may not read the others)
        model.addAttribute("openable", found.stream().filter(findings::mayOpen).map(SupervisionFinding::getId)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("notices", findings.notices(null, PageRequest.of(0, 100)).getContent());
        model.addAttribute("rule", rule);
        model.addAttribute("state", state);
        model.addAttribute("townId", townId);
        model.addAttribute("year", year);
        model.addAttribute("rules", FindingRule.values());
        model.addAttribute("states", FindingState.values());
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("units", new UnitNames(directory));
        model.addAttribute("answerBy", LocalDate.now(clock).plusDays(15));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/findings";
    }

    /** Unit names for the page. */
    record UnitNames(OrgDirectory directory) {
        public String of(long id) {
            return directory.find(id).map(OrgUnitView::name).orElse("—");
        }
    }

    @PostMapping("/supervision/findings/run")
    @PreAuthorize(ComplaintApi.MANAGE)
    String run(RedirectAttributes redirect) {
        int n = findings.run().size();
        redirect.addFlashAttribute("success", "supervision.findings.ran");
        redirect.addFlashAttribute("raised", n);
        return "redirect:/supervision/findings";
    }

    @PostMapping("/supervision/notices")
    @PreAuthorize(ComplaintApi.MANAGE)
    String issue(@ModelAttribute("notice") NoticeForm f, BindingResult binding, RedirectAttributes redirect,
                 Model model) {
        return forms.submit(model, f, binding, () -> {
            SupervisionNotice n = findings.issue(new Findings.NewNotice(f.findingIds(), f.kind(), f.opinion(),
                    f.answerBy()));
            redirect.addFlashAttribute("success", "supervision.notice.issued");
            return "redirect:/supervision/findings#notice-" + n.getId();
        }, () -> list(null, null, null, null, model));
    }

    @PostMapping("/supervision/notices/{id}/answer")
    @PreAuthorize(FindingApi.ANSWER)
    String answer(@PathVariable long id, @ModelAttribute("step") StepForm f, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            findings.answer(id, f.answer(), f.on());
            redirect.addFlashAttribute("success", "supervision.saved");
            return "redirect:/supervision/findings#notice-" + id;
        }, () -> list(null, null, null, null, model));
    }

    @PostMapping("/supervision/notices/{id}/closure")
    @PreAuthorize(ComplaintApi.MANAGE)
    String close(@PathVariable long id, @ModelAttribute("step") StepForm f, BindingResult binding,
                 RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            findings.close(id, f.note(), f.on());
            redirect.addFlashAttribute("success", "supervision.saved");
            return "redirect:/supervision/findings#notice-" + id;
        }, () -> list(null, null, null, null, model));
    }

    @GetMapping("/supervision/overview")
    @PreAuthorize(ComplaintApi.READ)
    String overview(@RequestParam(required = false) Integer year, @AuthenticationPrincipal FazhiUser user,
                    Model model) {
        int y = year == null || year < OverviewApi.FIRST_YEAR || year > 9999 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("towns", overview.of(y));
        model.addAttribute("readsPublication", user.holds(Permission.ENFORCEMENT_READ));
        model.addAttribute("readsDeadlines", user.holds(Permission.DEADLINE_READ));
        model.addAttribute("readsLitigation", user.holds(Permission.LITIGATION_READ));
        return "supervision/overview";
    }
}
