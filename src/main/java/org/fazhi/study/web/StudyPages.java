package org.fazhi.study.web;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.organization.FazhiUser;
import org.fazhi.study.StudyStatistics;
import org.fazhi.study.internal.DutyStatement;
import org.fazhi.study.internal.StudyForm;
import org.fazhi.study.internal.StudyPlan;
import org.fazhi.study.internal.StudySessions;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 领导干部学法页面 — the year's sessions, plan against done, each leader's attendance and the 述法 statement. */
@Controller
class StudyPages {

    private final StudySessions sessions;
    private final StudyStatistics statistics;
    private final FormPages forms;
    private final Clock clock;

    StudyPages(StudySessions sessions, StudyStatistics statistics, FormPages forms, Clock clock) {
        this.sessions = sessions;
        this.statistics = statistics;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/study")
    @PreAuthorize("hasAuthority('STUDY_READ')")
    String page(@RequestParam(required = false) Integer year, @AuthenticationPrincipal FazhiUser user,
                Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        Long town = user.homeUnit().townId();
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("f", statistics.of(y, user.figuresUnitId()));
        model.addAttribute("sessions", sessions.sessionsOf(y));
        model.addAttribute("attendance", sessions.attendance(y));
        model.addAttribute("planned", town == null ? null
                : sessions.planOf(town, y).map(StudyPlan::getPlanned).orElse(null));
        DutyStatement statement = town == null ? null : sessions.statementOf(town, y).orElse(null);
        model.addAttribute("statement", statement);
        model.addAttribute("statementFiles", DutyStatement.FILES);
        model.addAttribute("studyForms", StudyForm.values());
        model.addAttribute("leaders", town == null ? java.util.List.of() : sessions.leadersOfCaller());
        return "study/index";
    }

    @PostMapping("/study/sessions")
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    String record(@ModelAttribute("session") StudySessions.NewSession session, BindingResult binding,
                  @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, session, binding, () -> {
            sessions.record(session);
            redirect.addFlashAttribute("success", "study.session.recorded");
            return "redirect:/study?year=" + session.heldOn().getYear();
        }, () -> page(null, user, model));
    }

    @PostMapping("/study/plan")
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    String plan(@RequestParam int year, @RequestParam(required = false) Integer planned,
                @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            sessions.plan(year, planned);
            redirect.addFlashAttribute("success", "study.plan.saved");
            return "redirect:/study?year=" + year;
        }, () -> page(year, user, model));
    }

    @PostMapping("/study/statement")
    @PreAuthorize("hasAuthority('STUDY_MANAGE')")
    String statement(@RequestParam int year, @RequestParam(required = false) String responsible,
                     @RequestParam(required = false) String content, @AuthenticationPrincipal FazhiUser user,
                     RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            sessions.state(year, responsible, content);
            redirect.addFlashAttribute("success", "study.statement.saved");
            return "redirect:/study?year=" + year;
        }, () -> page(year, user, model));
    }
}
