package org.fazhi.emergency.web;

import java.time.Clock;
import java.util.List;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.emergency.internal.Incident;
import org.fazhi.emergency.internal.IncidentKind;
import org.fazhi.emergency.internal.IncidentService;
import org.fazhi.emergency.internal.IncidentState;
import org.fazhi.emergency.internal.ReportKind;
import org.fazhi.emergency.internal.ResponseLevel;
import org.fazhi.emergency.internal.Severity;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 突发事件页面 — the list with the form that registers an incident, and an incident's page: its reporting clocks to
 * the minute, its reports, the next step of the response, the information published and rumour responses.
 */
@Controller
class IncidentPages {

    static final String READ = "hasAuthority('EMERGENCY_READ')";
    static final String MANAGE = "hasAuthority('EMERGENCY_MANAGE')";

    private final IncidentService incidents;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final FormPages forms;
    private final MessageSource messages;
    private final Clock clock;

    IncidentPages(IncidentService incidents, OrgDirectory directory, DataScope dataScope, FormPages forms,
                  MessageSource messages, Clock clock) {
        this.incidents = incidents;
        this.directory = directory;
        this.dataScope = dataScope;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/emergency/incidents")
    @PreAuthorize(READ)
    String list(Model model) {
        model.addAttribute("incidents", incidents.all());
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("units", writableUnits(dataScope));
        model.addAttribute("villages", villages());
        model.addAttribute("now", Times.input(clock.instant()));
        return "emergency/incidents";
    }

    @PostMapping("/emergency/incidents")
    @PreAuthorize(MANAGE)
    String register(@RequestParam(required = false) String kind, @RequestParam(required = false) String severity,
                    @RequestParam(required = false) String occurredAt, @RequestParam(required = false) String knownAt,
                    @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) String place,
                    @RequestParam(required = false) Long villageId, @RequestParam(required = false) Integer casualties,
                    @RequestParam(required = false) String summary,
                    @RequestParam(defaultValue = "false") boolean monitoring, RedirectAttributes redirect,
                    Model model) {
        return forms.submit(model, () -> {
            var n = new IncidentService.NewIncident(kind, severity, occurredAt, knownAt, orgUnitId, place, villageId,
                    casualties, summary);
            Incident i = monitoring ? incidents.watch(n) : incidents.register(n);
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/incidents/" + i.getId();
        }, () -> list(model));
    }

    @GetMapping("/emergency/incidents/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable long id, Model model) {
        IncidentService.IncidentFile f = incidents.file(id);
        model.addAttribute("f", f);
        model.addAttribute("i", f.incident());
        model.addAttribute("unit", directory.find(f.incident().getHolderUnitId()).map(OrgUnitView::name).orElse(""));
        model.addAttribute("village", f.incident().getPlaceVillageId() == null ? null
                : directory.find(f.incident().getPlaceVillageId()).map(OrgUnitView::name).orElse(null));
        model.addAttribute("clocks", java.util.stream.Stream.of(f.firstReport(), f.writtenReport())
                .flatMap(java.util.Optional::stream).map(d -> DeadlineBadge.of(d, messages)).toList());
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("levels", ResponseLevel.values());
        model.addAttribute("next", next(f.incident().getState()));
        model.addAttribute("writable", dataScope.canWriteHeldBy(f.incident().getHolderUnitId()));
        model.addAttribute("now", Times.input(clock.instant()));
        return "emergency/incident";
    }

    /** The one step the incident's stage allows next, or none when closed. */
    private static IncidentState.Step next(IncidentState state) {
        return switch (state) {
            case MONITORING -> IncidentState.Step.OCCUR;
            case REPORTING -> IncidentState.Step.RESPOND;
            case RESPONSE -> IncidentState.Step.RECOVER;
            case RECOVERY -> IncidentState.Step.INVESTIGATE;
            case INVESTIGATION -> IncidentState.Step.CLOSE;
            case CLOSED -> null;
        };
    }

    @PostMapping("/emergency/incidents/{id}/reports")
    @PreAuthorize(MANAGE)
    String report(@PathVariable long id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String madeAt, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String how, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.report(id, new IncidentService.NewReport(kind, madeAt, to,
                how)));
    }

    @PostMapping("/emergency/incidents/{id}/occurrence")
    @PreAuthorize(MANAGE)
    String occur(@PathVariable long id, @RequestParam(required = false) String occurredAt,
                 @RequestParam(required = false) String knownAt, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.occur(id, occurredAt, knownAt));
    }

    @PostMapping("/emergency/incidents/{id}/response")
    @PreAuthorize(MANAGE)
    String respond(@PathVariable long id, @RequestParam(required = false) String level,
                   @RequestParam(required = false) String measures, @RequestParam(required = false) String resources,
                   @RequestParam(required = false) Integer peopleMoved, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.respond(id, level, measures, resources, peopleMoved));
    }

    @PostMapping("/emergency/incidents/{id}/recovery")
    @PreAuthorize(MANAGE)
    String recover(@PathVariable long id, @RequestParam(required = false) String recovery,
                   RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.recover(id, recovery));
    }

    @PostMapping("/emergency/incidents/{id}/evaluation")
    @PreAuthorize(MANAGE)
    String evaluate(@PathVariable long id, @RequestParam(required = false) String evaluation,
                    @RequestParam(required = false) String lessons, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.evaluate(id, evaluation, lessons));
    }

    @PostMapping("/emergency/incidents/{id}/closing")
    @PreAuthorize(MANAGE)
    String close(@PathVariable long id, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.close(id));
    }

    @PostMapping("/emergency/incidents/{id}/public-info")
    @PreAuthorize(MANAGE)
    String publish(@PathVariable long id, @RequestParam(required = false) String publicInfo,
                   RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.publish(id, publicInfo));
    }

    @PostMapping("/emergency/incidents/{id}/rumours")
    @PreAuthorize(MANAGE)
    String rumour(@PathVariable long id, @RequestParam(required = false) String noticedAt,
                  @RequestParam(required = false) String rumour, @RequestParam(required = false) String response,
                  @RequestParam(required = false) String channel, RedirectAttributes redirect, Model model) {
        return step(id, redirect, model, () -> incidents.rumour(id, noticedAt, rumour, response, channel));
    }

    private String step(long id, RedirectAttributes redirect, Model model, Runnable step) {
        return forms.submit(model, () -> {
            step.run();
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/incidents/" + id;
        }, () -> detail(id, model));
    }

    private List<OrgUnitView> villages() {
        return dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList();
    }

    /** The units of the caller's towns that may hold an emergency record (departments and the town itself). */
    static List<OrgUnitView> writableUnits(DataScope dataScope) {
        return dataScope.visibleUnits().stream().filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE
                && dataScope.canWriteHeldBy(u.id())).toList();
    }
}
