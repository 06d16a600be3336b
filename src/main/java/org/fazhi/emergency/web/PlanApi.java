package org.fazhi.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.emergency.internal.ContingencyPlan;
import org.fazhi.emergency.internal.PlanDrill;
import org.fazhi.emergency.internal.PlanRecord;
import org.fazhi.emergency.internal.PlanService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 应急预案 API — plans, their evaluations, drills and revisions, with the due days of both clocks. */
@RestController
@RequestMapping("/api/v1/emergency/plans")
@Tag(name = "应急预案", description = "contingency plans")
class PlanApi {

    private final PlanService plans;

    PlanApi(PlanService plans) {
        this.plans = plans;
    }

    record PlanRequest(String title, String eventKind, Long orgUnitId, String adoptedOn) {
    }

    record EvaluationRequest(String evaluatedOn, String note) {
    }

    record DrillRequest(String heldOn, String scenario, String participants, String findings) {
    }

    record RevisionRequest(String revisedOn, String note, Long incidentId) {
    }

    record Created(long id, LocalDate evaluationDueOn, LocalDate drillDueOn) {
    }

    record PlanJson(long id, String title, String scope, String eventKind, long orgUnitId, LocalDate adoptedOn,
                    LocalDate lastEvaluatedOn, LocalDate lastDrillOn, int revisionNo, LocalDate evaluationDueOn,
                    String evaluationStatus, LocalDate drillDueOn, String drillStatus) {
    }

    record DrillJson(long id, LocalDate heldOn, String scenario, String participants, String findings) {
        static DrillJson of(PlanDrill d) {
            return new DrillJson(d.getId(), d.getHeldOn(), d.getScenario(), d.getParticipants(), d.getFindings());
        }
    }

    record RecordJson(long id, String kind, int revisionNo, LocalDate on, String note, Long incidentId) {
        static RecordJson of(PlanRecord r) {
            return new RecordJson(r.getId(), r.getKind().name(), r.getRevisionNo(), r.getOn(), r.getNote(),
                    r.getIncidentId());
        }
    }

    record PlanFileJson(PlanJson plan, List<DrillJson> drills, List<RecordJson> history) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "应急预案列表（总体预案在前）")
    List<PlanJson> list() {
        return plans.all().stream().map(p -> json(plans.file(p.getId()))).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "登记应急预案（不填事件类别即总体预案）；评估与演练开始计时")
    Created adopt(@RequestBody PlanRequest rq) {
        ContingencyPlan p = plans.adopt(rq.title(), rq.eventKind(), rq.orgUnitId(), rq.adoptedOn());
        PlanService.PlanFile f = plans.file(p.getId());
        return new Created(p.getId(), due(f.evaluation()), due(f.drill()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "应急预案详情：演练、评估与修订记录")
    PlanFileJson get(@PathVariable long id) {
        PlanService.PlanFile f = plans.file(id);
        return new PlanFileJson(json(f), f.drills().stream().map(DrillJson::of).toList(),
                f.history().stream().map(RecordJson::of).toList());
    }

    @PostMapping("/{id}/evaluations")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "记录预案评估；下次评估自评估之日起计")
    PlanJson evaluate(@PathVariable long id, @RequestBody EvaluationRequest rq) {
        plans.evaluate(id, rq.evaluatedOn(), rq.note());
        return json(plans.file(id));
    }

    @PostMapping("/{id}/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "记录应急演练（日期、情景、参演人员、发现问题）")
    DrillJson drill(@PathVariable long id, @RequestBody DrillRequest rq) {
        return DrillJson.of(plans.drill(id, rq.heldOn(), rq.scenario(), rq.participants(), rq.findings()));
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "修订预案（可注明据以修订的突发事件）；历次修订均保留")
    RecordJson revise(@PathVariable long id, @RequestBody RevisionRequest rq) {
        return RecordJson.of(plans.revise(id, rq.revisedOn(), rq.note(), rq.incidentId()));
    }

    private static PlanJson json(PlanService.PlanFile f) {
        ContingencyPlan p = f.plan();
        return new PlanJson(p.getId(), p.getTitle(), p.getScope().name(),
                p.getEventKind() == null ? null : p.getEventKind().name(), p.getHolderUnitId(), p.getAdoptedOn(),
                p.getLastEvaluatedOn(), p.getLastDrillOn(), p.getRevisionNo(), due(f.evaluation()),
                status(f.evaluation()), due(f.drill()), status(f.drill()));
    }

    private static LocalDate due(Optional<DeadlineView> d) {
        return d.map(DeadlineView::dueDate).orElse(null);
    }

    private static String status(Optional<DeadlineView> d) {
        return d.map(v -> v.status().name()).orElse(null);
    }
}
