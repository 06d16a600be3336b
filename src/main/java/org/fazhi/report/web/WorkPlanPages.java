package org.fazhi.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.report.internal.WorkPlans;
import org.fazhi.shared.NavItem;
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
 * The work plan pages: the plans of a year with the form for a new one, and a plan's page — its tasks with their
 * state, due date, department and progress history, the forms to add a task, adopt the plan and report progress.
 */
@Controller
class WorkPlanPages {

    static final String BASE = "/reports/work-plans";

    private final WorkPlans plans;
    private final DataScope dataScope;
    private final FormPages forms;
    private final List<NavItem> navigation;
    private final Clock clock;

    WorkPlanPages(WorkPlans plans, DataScope dataScope, FormPages forms, List<NavItem> navigation, Clock clock) {
        this.plans = plans;
        this.dataScope = dataScope;
        this.forms = forms;
        this.navigation = navigation;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @PreAuthorize(WorkPlanApi.READ)
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("plans", plans.list(shown, null));
        model.addAttribute("towns", writableTowns(dataScope));
        return "report/work-plans";
    }

    @PostMapping(BASE)
    @PreAuthorize(ReportApi.WRITE)
    String create(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgUnitId,
                  @RequestParam(required = false) String title, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            long id = plans.create(year, orgUnitId, title).plan().getId();
            redirect.addFlashAttribute("success", "report.workPlan.created");
            return "redirect:" + BASE + "/" + id;
        }, () -> list(year, model));
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize(WorkPlanApi.READ)
    String plan(@PathVariable long id, Model model) {
        WorkPlans.PlanView view = plans.plan(id);
        model.addAttribute("view", view);
        model.addAttribute("departments", plans.departments(id));
        model.addAttribute("homeUnitId", DataScope.currentUser().map(u -> u.homeUnit().id()).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("openable", view.tasks().stream().flatMap(t -> t.progress().stream())
                .flatMap(p -> p.evidence().stream()).filter(this::mayOpen).collect(Collectors.toSet()));
        return "report/work-plan";
    }

    /**
     * Whether the user may open an evidence link: the console entry whose path the link lies under names the
     * permission its pages need. A link under no entry, or one the user may not open, is shown as text.
     */
    private boolean mayOpen(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return navigation.stream().filter(n -> path.equals(n.path()) || path.startsWith(n.path() + "/"))
                .max(Comparator.comparingInt(n -> n.path().length()))
                .flatMap(n -> DataScope.currentUser().map(u -> u.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(n.authority()))))
                .orElse(false);
    }

    /** A task's page, as its clock on the dashboard links it: the plan, at the task. */
    @GetMapping(BASE + "/tasks/{taskId}")
    @PreAuthorize(WorkPlanApi.READ)
    String task(@PathVariable long taskId) {
        return "redirect:" + BASE + "/" + plans.planOfTask(taskId) + "#task-" + taskId;
    }

    @PostMapping(BASE + "/{id}/tasks")
    @PreAuthorize(ReportApi.WRITE)
    String addTask(@PathVariable long id, @RequestParam(required = false) String title,
                   @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String dueOn,
                   @RequestParam(required = false) String leader, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            plans.addTask(id, title, departmentId, dueOn, leader);
            redirect.addFlashAttribute("success", "report.workPlan.taskAdded");
            return "redirect:" + BASE + "/" + id;
        }, () -> plan(id, model));
    }

    @PostMapping(BASE + "/{id}/adoption")
    @PreAuthorize(ReportApi.WRITE)
    String adopt(@PathVariable long id, @RequestParam(required = false) String adoptedOn,
                 RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            plans.adopt(id, adoptedOn);
            redirect.addFlashAttribute("success", "report.workPlan.adoptedNow");
            return "redirect:" + BASE + "/" + id;
        }, () -> plan(id, model));
    }

    @PostMapping(BASE + "/{id}/tasks/{taskId}/progress")
    @PreAuthorize(WorkPlanApi.PROGRESS)
    String report(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) String on,
                  @RequestParam(required = false) String text, @RequestParam(required = false) Boolean done,
                  @RequestParam(required = false) String evidence, RedirectAttributes redirect, Model model) {
        List<String> links = evidence == null || evidence.isBlank() ? List.of()
                : evidence.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return forms.submit(model, () -> {
            plans.report(id, taskId, on, text, done, links);
            redirect.addFlashAttribute("success", "report.workPlan.reported");
            return "redirect:" + BASE + "/" + id + "#task-" + taskId;
        }, () -> {
            model.addAttribute("failedTaskId", taskId);
            return plan(id, model);
        });
    }

    /** The towns the user may create a plan for. */
    static List<OrgUnitView> writableTowns(DataScope scope) {
        return scope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN)
                .filter(u -> scope.canWriteHeldBy(u.id())).toList();
    }
}
