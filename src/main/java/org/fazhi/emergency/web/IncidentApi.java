package org.fazhi.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.emergency.internal.Incident;
import org.fazhi.emergency.internal.IncidentService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 突发事件 API — registration, reports with their minute clocks, and the steps of the response. */
@RestController
@RequestMapping("/api/v1/emergency/incidents")
@Tag(name = "突发事件", description = "incidents, reports and response")
class IncidentApi {

    private final IncidentService incidents;

    IncidentApi(IncidentService incidents) {
        this.incidents = incidents;
    }

    record IncidentRequest(String kind, String severity, String occurredAt, String knownAt, Long orgUnitId,
                           String place, Long villageId, Integer casualties, String summary) {
    }

    record ReportRequest(String kind, String madeAt, String to, String how) {
    }

    record ResponseRequest(String level, String measures, String resources, Integer peopleMoved) {
    }

    record OccurrenceRequest(String occurredAt, String knownAt) {
    }

    record TextRequest(String text) {
    }

    /** {@code planId}: the plan whose revision the lessons open, if any. */
    record EvaluationRequest(String evaluation, String lessons, Long planId) {
    }

    record RumourRequest(String noticedAt, String rumour, String response, String channel) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "突发事件列表（新的在前）")
    List<EmergencyJson.IncidentJson> list() {
        return incidents.all().stream().map(EmergencyJson.IncidentJson::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "登记突发事件（获悉即登记，首报与书面报告按分钟计时）")
    EmergencyJson.Created register(@RequestBody IncidentRequest rq) {
        Incident i = incidents.register(new IncidentService.NewIncident(rq.kind(), rq.severity(), rq.occurredAt(),
                rq.knownAt(), rq.orgUnitId(), rq.place(), rq.villageId(), rq.casualties(), rq.summary()));
        var file = incidents.file(i.getId());
        return new EmergencyJson.Created(i.getId(), i.getState().name(),
                file.firstReport().map(d -> d.dueAt()).orElse(null),
                file.writtenReport().map(d -> d.dueAt()).orElse(null));
    }

    @PostMapping("/monitored")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "登记监测中的风险（监测预警阶段，发生后转入信息报告并开始计时）")
    EmergencyJson.IncidentJson watch(@RequestBody IncidentRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.watch(new IncidentService.NewIncident(rq.kind(),
                rq.severity(), rq.occurredAt(), rq.knownAt(), rq.orgUnitId(), rq.place(), rq.villageId(),
                rq.casualties(), rq.summary())));
    }

    @PostMapping("/{id}/occurrence")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "监测的风险已发生：转入信息报告，首报与书面报告开始计时")
    EmergencyJson.IncidentJson occur(@PathVariable long id, @RequestBody OccurrenceRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.occur(id, rq.occurredAt(), rq.knownAt()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "突发事件详情：报告、舆情应对与报告时限")
    EmergencyJson.IncidentFileJson get(@PathVariable long id) {
        return EmergencyJson.IncidentFileJson.of(incidents.file(id));
    }

    @PostMapping("/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "记录信息报告（首报、书面报告、续报）；超过时限的标为迟报")
    EmergencyJson.ReportJson report(@PathVariable long id, @RequestBody ReportRequest rq) {
        return EmergencyJson.ReportJson.of(incidents.report(id,
                new IncidentService.NewReport(rq.kind(), rq.madeAt(), rq.to(), rq.how())));
    }

    @PostMapping("/{id}/response")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "启动应急响应（级别、措施、资源、转移人数）")
    EmergencyJson.IncidentJson respond(@PathVariable long id, @RequestBody ResponseRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.respond(id, rq.level(), rq.measures(), rq.resources(),
                rq.peopleMoved()));
    }

    @PostMapping("/{id}/recovery")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "转入恢复重建")
    EmergencyJson.IncidentJson recover(@PathVariable long id, @RequestBody TextRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.recover(id, rq.text()));
    }

    @PostMapping("/{id}/evaluation")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "调查评估报告与经验教训；注明预案的，据经验教训修订该预案")
    EmergencyJson.IncidentJson evaluate(@PathVariable long id, @RequestBody EvaluationRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.evaluate(id, rq.evaluation(), rq.lessons(), rq.planId()));
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "处置结束")
    EmergencyJson.IncidentJson close(@PathVariable long id) {
        return EmergencyJson.IncidentJson.of(incidents.close(id));
    }

    @PostMapping("/{id}/public-info")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "向社会发布事件信息（门户公开）")
    EmergencyJson.IncidentJson publish(@PathVariable long id, @RequestBody TextRequest rq) {
        return EmergencyJson.IncidentJson.of(incidents.publish(id, rq.text()));
    }

    @PostMapping("/{id}/rumours")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "记录舆情应对")
    EmergencyJson.RumourJson rumour(@PathVariable long id, @RequestBody RumourRequest rq) {
        return EmergencyJson.RumourJson.of(incidents.rumour(id, rq.noticedAt(), rq.rumour(), rq.response(),
                rq.channel()));
    }
}
