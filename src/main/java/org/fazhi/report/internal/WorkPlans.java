package org.fazhi.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.LegalBasis;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度工作要点的办理 — a town's plan of the year: drafted with its tasks by the judicial office or the leadership,
 * adopted (each task's clock starts on the deadline engine), and the departments' progress reports (a task marked
 * done meets its clock). Each step checks the whole request before the first write, so a refusal changes nothing.
 */
@Service
@Transactional
public class WorkPlans {

    /** The subject type of a task's clock, keyed by the task's id. */
    public static final String CLOCK_SUBJECT = "report.work-plan-task";
    /** A task's period is the plan's own: from its adoption (or the day the task is added) to the date it names. */
    static final LegalBasis PLAN_BASIS = LegalBasis.of("法治政府建设年度工作要点");
    static final int MAX_TITLE = 200;
    static final int MAX_LEADER = 60;
    static final int MAX_TEXT = 2000;
    /** Evidence links of one progress report: at most this many, each at most {@link #MAX_LINK} characters. */
    static final int MAX_LINKS = 10;
    static final int MAX_LINK = 300;

    enum TaskClock implements ClockPurpose {
        COMPLETION;

        @Override
        public String code() {
            return ClockPurpose.codeOf(this);
        }
    }

    /** A task as it stands today: its state, the due date on the engine (none before adoption), its history. */
    public record TaskView(WorkPlanTask task, OrgUnitView department, TaskState state, LocalDate dueDate,
                           DeadlineStatus clockStatus, List<WorkPlanProgress> progress) {
    }

    /** A plan with its town and its tasks, earliest due first. */
    public record PlanView(WorkPlan plan, OrgUnitView town, List<TaskView> tasks) {

        public long count(TaskState state) {
            return tasks.stream().filter(t -> t.state() == state).count();
        }

        public long done() {
            return count(TaskState.DONE);
        }

        public long overdue() {
            return count(TaskState.OVERDUE);
        }

        public List<TaskView> unfinished() {
            return tasks.stream().filter(t -> t.state() != TaskState.DONE).toList();
        }
    }

    private final WorkPlanRepository plans;
    private final WorkPlanTaskRepository tasks;
    private final WorkPlanProgressRepository progress;
    private final DataScope dataScope;
    private final OrgDirectory directory;
    private final DeadlineEngine deadlines;
    private final Clock clock;

    WorkPlans(WorkPlanRepository plans, WorkPlanTaskRepository tasks, WorkPlanProgressRepository progress,
              DataScope dataScope, OrgDirectory directory, DeadlineEngine deadlines, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.progress = progress;
        this.dataScope = dataScope;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A new draft plan of a town's year (the current year or the next); one plan per town and year. */
    public PlanView create(Integer year, Long orgUnitId, String title) {
        Input in = new Input();
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null) {
            in.problem("year", Input.REQUIRED);
        } else if (year < RuleOfLawReports.FIRST_YEAR || year > thisYear + 1) {
            in.problem("year", "report.year.range", String.valueOf(RuleOfLawReports.FIRST_YEAR),
                    String.valueOf(thisYear + 1));
        }
        if (orgUnitId == null) {
            in.problem("orgUnitId", Input.REQUIRED);
        }
        String t = in.text("title", title, MAX_TITLE, true);
        in.check();
        OrgUnitView town = dataScope.requireVisibleUnit(orgUnitId);
        if (town.type() != OrgUnitType.TOWN) {
            throw RuleViolation.onField("orgUnitId", "report.orgUnit.town");
        }
        if (plans.findByTownIdAndPlanYear(town.id(), year).isPresent()) {
            throw RuleViolation.onField("year", "report.workPlan.exists", String.valueOf(year));
        }
        OrgUnitView holder = directory.departmentOrTown(town.id(), RuleOfLawReports.JUDICIAL_OFFICE);
        return view(plans.save(new WorkPlan(year, t, me(), holder)));
    }

    /**
     * A task of the plan: its department must be one of the town's, its date within the plan's year and — once the
     * plan is adopted, when its clock starts today — after today.
     */
    public TaskView addTask(long planId, String title, Long departmentId, String dueOn, String leader) {
        WorkPlan plan = find(planId);
        Input in = new Input();
        String t = in.text("title", title, MAX_TITLE, true);
        if (departmentId == null) {
            in.problem("departmentId", Input.REQUIRED);
        }
        LocalDate due = in.date("dueOn", dueOn, true);
        String who = in.text("leader", leader, MAX_LEADER, false);
        in.check();
        OrgUnitView department = directory.find(departmentId)
                .filter(u -> u.type() == OrgUnitType.DEPARTMENT && plan.getTownId().equals(u.townId()))
                .orElseThrow(() -> RuleViolation.onField("departmentId", "report.workPlan.department"));
        requireInYear(plan, due);
        LocalDate today = LocalDate.now(clock);
        if (plan.adopted() && !due.isAfter(today)) {
            throw RuleViolation.onField("dueOn", "report.workPlan.dueOn.afterStart", today.toString());
        }
        WorkPlanTask task = tasks.save(new WorkPlanTask(plan, t, department, who, due));
        if (plan.adopted()) {
            startClock(task, department, today);
        }
        return taskOf(plan, task.getId());
    }

    /** 通过: the plan takes effect and every task's clock starts from that day. */
    public PlanView adopt(long planId, String adoptedOn) {
        WorkPlan plan = find(planId);
        Input in = new Input();
        LocalDate on = in.date("adoptedOn", adoptedOn, true);
        in.notFuture("adoptedOn", on, LocalDate.now(clock));
        in.check();
        if (on.getYear() < plan.getPlanYear() - 1 || on.getYear() > plan.getPlanYear()) {
            throw RuleViolation.onField("adoptedOn", "report.workPlan.adoptedOn.range",
                    String.valueOf(plan.getPlanYear() - 1), String.valueOf(plan.getPlanYear()));
        }
        List<WorkPlanTask> all = tasks.findByPlanIdOrderByDueOnAscIdAsc(plan.getId());
        if (all.isEmpty()) {
            throw RuleViolation.onField("adoptedOn", "report.workPlan.adopt.noTasks");
        }
        all.stream().filter(task -> !task.getDueOn().isAfter(on)).findFirst().ifPresent(task -> {
            throw RuleViolation.onField("adoptedOn", "report.workPlan.adopt.dueBefore", task.getTitle(),
                    task.getDueOn().toString());
        });
        plan.adopt(on);
        all.forEach(task -> startClock(task, directory.get(task.getHolderUnitId()), on));
        return view(plan);
    }

    /**
     * A department's progress report on one of its tasks (its own staff, or the plan's compilers on its behalf). The
     * plan must be adopted, the task not yet done, the day within the task's running time; marking it done meets its
     * clock on that day.
     */
    public TaskView report(long planId, long taskId, String on, String text, Boolean done, List<String> evidence) {
        WorkPlan plan = find(planId);
        WorkPlanTask task = tasks.findById(taskId).filter(x -> x.getPlanId() == plan.getId())
                .orElseThrow(() -> new NotFound("work-plan-task", taskId));
        long home = DataScope.currentUser().orElseThrow().homeUnit().id();
        if (home != task.getHolderUnitId() && !DataScope.currentUserHolds(Permission.REPORT_WRITE)) {
            throw new AccessDenied("report.workPlan.progress.department");
        }
        Input in = new Input();
        LocalDate day = in.date("on", on, true);
        String body = in.text("text", text, MAX_TEXT, true);
        List<String> links = evidence == null ? List.of() : evidence.stream().map(l -> l == null ? "" : l.strip())
                .toList();
        if (links.size() > MAX_LINKS) {
            in.problem("evidence", "report.workPlan.evidence.tooMany", String.valueOf(MAX_LINKS));
        }
        links.stream().filter(l -> !isInAppLink(l)).findFirst()
                .ifPresent(l -> in.problem("evidence", "report.workPlan.evidence.link", l));
        in.notFuture("on", day, LocalDate.now(clock));
        in.check();
        if (!plan.adopted()) {
            throw RuleViolation.onField("on", "report.workPlan.progress.notAdopted");
        }
        if (task.done()) {
            throw new RuleViolation("report.workPlan.progress.done", task.getTitle(), task.getDoneOn().toString());
        }
        Optional<DeadlineView> clockOf = clockOf(task);
        LocalDate start = clockOf.map(DeadlineView::triggeredOn).orElse(plan.getAdoptedOn());
        if (day.isBefore(start)) {
            throw RuleViolation.onField("on", "report.workPlan.progress.beforeStart", start.toString());
        }
        boolean isDone = Boolean.TRUE.equals(done);
        progress.save(new WorkPlanProgress(task, day, body, isDone, links, me(),
                directory.get(task.getHolderUnitId())));
        if (isDone) {
            task.markDone(day);
            clockOf.filter(c -> c.status().open()).ifPresent(c -> deadlines.meet(c.id(), day));
        }
        return taskOf(plan, task.getId());
    }

    /**
     * An evidence link is a page of the platform itself: a path from the application's root ({@code /study?year=2025}),
     * never an address of another site, a scheme or a path with spaces or backslashes.
     */
    static boolean isInAppLink(String link) {
        return link != null && link.length() <= MAX_LINK && link.startsWith("/") && !link.startsWith("//")
                && link.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\\' || Character.isISOControl(c))
                && !link.substring(0, link.indexOf('?') < 0 ? link.length() : link.indexOf('?')).contains(":");
    }

    /** The plans of the caller's scope, newest year first; of one year and one town (403 outside the scope). */
    @Transactional(readOnly = true)
    public List<PlanView> list(Integer year, Long orgUnitId) {
        Long townId = orgUnitId == null ? null : dataScope.requireVisibleUnit(orgUnitId).townId();
        return plans.findAllByOrderByPlanYearDescIdDesc().stream()
                .filter(p -> year == null || p.getPlanYear() == year)
                .filter(p -> townId == null || p.getTownId().equals(townId))
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        return view(find(id));
    }

    /** The plan of a town's year, if there is one in the caller's scope. */
    @Transactional(readOnly = true)
    public Optional<PlanView> of(long townId, int year) {
        return plans.findByTownIdAndPlanYear(townId, year).map(this::view);
    }

    /** The plan a task belongs to (the task's clock links here). */
    @Transactional(readOnly = true)
    public long planOfTask(long taskId) {
        return tasks.findById(taskId).map(WorkPlanTask::getPlanId)
                .orElseThrow(() -> new NotFound("work-plan-task", taskId));
    }

    /** The departments of the plan's town a task may be given to. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> departments(long planId) {
        WorkPlan plan = find(planId);
        return directory.children(plan.getTownId()).stream().filter(u -> u.type() == OrgUnitType.DEPARTMENT)
                .toList();
    }

    private void requireInYear(WorkPlan plan, LocalDate due) {
        if (due.getYear() != plan.getPlanYear()) {
            throw RuleViolation.onField("dueOn", "report.workPlan.dueOn.year", String.valueOf(plan.getPlanYear()));
        }
    }

    private void startClock(WorkPlanTask task, OrgUnitView department, LocalDate from) {
        int days = (int) ChronoUnit.DAYS.between(from, task.getDueOn());
        deadlines.start(NewDeadline.of(CLOCK_SUBJECT, String.valueOf(task.getId()), TaskClock.COMPLETION,
                "法治政府建设工作要点任务：" + task.getTitle(), StatutoryPeriod.calendarDays(days, PLAN_BASIS), from,
                department));
    }

    private Optional<DeadlineView> clockOf(WorkPlanTask task) {
        return deadlines.clock(CLOCK_SUBJECT, String.valueOf(task.getId()), TaskClock.COMPLETION);
    }

    private WorkPlan find(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFound("work-plan", id));
    }

    private static String me() {
        return DataScope.currentUser().orElseThrow().getUsername();
    }

    private TaskView taskOf(WorkPlan plan, long taskId) {
        return view(plan).tasks().stream().filter(t -> t.task().getId() == taskId).findFirst().orElseThrow();
    }

    private PlanView view(WorkPlan plan) {
        List<WorkPlanTask> all = tasks.findByPlanIdOrderByDueOnAscIdAsc(plan.getId());
        Map<Long, List<WorkPlanProgress>> history = all.isEmpty() ? Map.of()
                : progress.findByTaskIdInOrderByReportedOnAscIdAsc(all.stream().map(WorkPlanTask::getId).toList())
                .stream().collect(Collectors.groupingBy(WorkPlanProgress::getTaskId));
        List<TaskView> out = new ArrayList<>();
        for (WorkPlanTask task : all) {
            Optional<DeadlineView> c = clockOf(task);
            List<WorkPlanProgress> reports = history.getOrDefault(task.getId(), List.of());
            DeadlineStatus status = c.map(DeadlineView::status).orElse(null);
            TaskState state = task.done() ? TaskState.DONE
                    : status == DeadlineStatus.OVERDUE ? TaskState.OVERDUE
                    : reports.isEmpty() ? TaskState.NOT_STARTED : TaskState.IN_PROGRESS;
            out.add(new TaskView(task, directory.get(task.getHolderUnitId()), state,
                    c.map(DeadlineView::dueDate).orElse(null), status, reports));
        }
        out.sort(Comparator.comparing((TaskView v) -> v.task().getDueOn()).thenComparing(v -> v.task().getId()));
        return new PlanView(plan, directory.get(plan.getTownId()), out);
    }
}
