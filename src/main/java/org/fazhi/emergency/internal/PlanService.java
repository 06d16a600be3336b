package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应急预案管理: adopts plans and runs their evaluation clock (years after adoption or the last evaluation) and drill
 * clock (months after adoption or the last drill); records drills, evaluations and revisions, the history kept.
 */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanDrillRepository drills;
    private final PlanRecordRepository records;
    private final DeadlineEngine deadlines;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final EmergencySettings settings;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanDrillRepository drills, PlanRecordRepository records,
                DeadlineEngine deadlines, OrgDirectory directory, DataScope dataScope, EmergencySettings settings,
                Clock clock) {
        this.plans = plans;
        this.drills = drills;
        this.records = records;
        this.deadlines = deadlines;
        this.directory = directory;
        this.dataScope = dataScope;
        this.settings = settings;
        this.clock = clock;
    }

    /** A plan's history and clocks, for its page and the API. */
    public record PlanFile(ContingencyPlan plan, List<PlanDrill> drills, List<PlanRecord> history,
                           Optional<DeadlineView> evaluation, Optional<DeadlineView> drill) {
    }

    /** Adopts a plan: no event kind is the overall plan. */
    public ContingencyPlan adopt(String title, String eventKind, Long orgUnitId, String adoptedOn) {
        Input in = new Input();
        String t = in.text("title", title, 200, true);
        IncidentKind kind = in.choice("eventKind", IncidentKind.class, eventKind, false);
        LocalDate on = in.notFuture("adoptedOn", in.date("adoptedOn", adoptedOn, true), LocalDate.now(clock));
        OrgUnitView holder = orgUnitId == null ? null : directory.find(orgUnitId)
                .filter(u -> u.townId() != null && dataScope.canWriteHeldBy(u.id())).orElse(null);
        if (holder == null) {
            in.problem("orgUnitId", "emergency.unit.invalid");
        }
        in.check();
        ContingencyPlan plan = plans.save(new ContingencyPlan(t, kind, on, holder));
        startEvaluation(plan, on, holder);
        startDrill(plan, on, holder);
        return plan;
    }

    /** An evaluation on {@code on}: its clock is met and the next one runs from that day. */
    public ContingencyPlan evaluate(long planId, String on, String note) {
        ContingencyPlan plan = writable(planId);
        Input in = new Input();
        LocalDate day = checkedDay(in, "evaluatedOn", on, plan);
        String n = in.text("note", note, 2000, true);
        in.check();
        OrgUnitView holder = directory.get(plan.getHolderUnitId());
        clock(plan, EmergencyClock.PLAN_EVALUATION).filter(d -> d.status().open())
                .ifPresent(d -> deadlines.meet(d.id(), day));
        plan.evaluated(day, n);
        records.save(new PlanRecord(plan, holder, PlanRecordKind.EVALUATION, day, n, null));
        startEvaluation(plan, day, holder);
        return plan;
    }

    /** A drill held on a day: the drill clock is met and the next drill falls due from that day. */
    public PlanDrill drill(long planId, String heldOn, String scenario, String participants, String findings) {
        ContingencyPlan plan = writable(planId);
        Input in = new Input();
        LocalDate day = checkedDay(in, "heldOn", heldOn, plan);
        String s = in.text("scenario", scenario, 500, true);
        String p = in.text("participants", participants, 500, true);
        String f = in.text("findings", findings, 2000, false);
        in.check();
        OrgUnitView holder = directory.get(plan.getHolderUnitId());
        clock(plan, EmergencyClock.PLAN_DRILL).filter(d -> d.status().open())
                .ifPresent(d -> deadlines.meet(d.id(), day));
        plan.drilled(day);
        startDrill(plan, day, holder);
        return drills.save(new PlanDrill(plan, holder, day, s, p, f));
    }

    /** A revision (after an evaluation, or opened by an incident's lessons); the earlier revisions stay listed. */
    public PlanRecord revise(long planId, String on, String note, Long incidentId) {
        ContingencyPlan plan = writable(planId);
        Input in = new Input();
        LocalDate day = checkedDay(in, "revisedOn", on, plan);
        String n = in.text("note", note, 2000, true);
        in.check();
        plan.revise(n);
        return records.save(new PlanRecord(plan, directory.get(plan.getHolderUnitId()), PlanRecordKind.REVISION, day,
                n, incidentId));
    }

    private LocalDate checkedDay(Input in, String field, String value, ContingencyPlan plan) {
        LocalDate day = in.notFuture(field, in.date(field, value, true), LocalDate.now(clock));
        if (day != null && day.isBefore(plan.getAdoptedOn())) {
            in.problem(field, "emergency.plan.beforeAdoption", plan.getAdoptedOn().toString());
        }
        return day;
    }

    private void startEvaluation(ContingencyPlan plan, LocalDate from, OrgUnitView holder) {
        deadlines.start(NewDeadline.of(EmergencyClock.PLAN, String.valueOf(plan.getId()),
                EmergencyClock.PLAN_EVALUATION, "应急预案评估（" + plan.getTitle() + "）",
                EmergencyPeriods.evaluation(settings), from, holder));
    }

    private void startDrill(ContingencyPlan plan, LocalDate from, OrgUnitView holder) {
        deadlines.start(NewDeadline.of(EmergencyClock.PLAN, String.valueOf(plan.getId()), EmergencyClock.PLAN_DRILL,
                "应急预案演练（" + plan.getTitle() + "）", EmergencyPeriods.drill(settings), from, holder));
    }

    Optional<DeadlineView> clock(ContingencyPlan plan, EmergencyClock purpose) {
        return deadlines.clock(EmergencyClock.PLAN, String.valueOf(plan.getId()), purpose);
    }

    @Transactional(readOnly = true)
    public ContingencyPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFound("plan", id));
    }

    @Transactional(readOnly = true)
    public PlanFile file(long id) {
        ContingencyPlan plan = plan(id);
        return new PlanFile(plan, drills.findByPlanIdOrderByHeldOnDesc(id), records.findByPlanIdOrderByOnDescIdDesc(id),
                clock(plan, EmergencyClock.PLAN_EVALUATION), clock(plan, EmergencyClock.PLAN_DRILL));
    }

    @Transactional(readOnly = true)
    public List<ContingencyPlan> all() {
        return plans.findAllByOrderByScopeAscTitleAsc();
    }

    private ContingencyPlan writable(long id) {
        ContingencyPlan plan = plan(id);
        dataScope.requireWritableHolder(plan.getHolderUnitId());
        return plan;
    }
}
