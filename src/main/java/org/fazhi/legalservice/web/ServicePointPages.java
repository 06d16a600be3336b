package org.fazhi.legalservice.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.legalservice.internal.Broadcast;
import org.fazhi.legalservice.internal.BroadcastGuest;
import org.fazhi.legalservice.internal.BroadcastQuestion;
import org.fazhi.legalservice.internal.Broadcasts;
import org.fazhi.legalservice.internal.GuestRole;
import org.fazhi.legalservice.internal.PointKind;
import org.fazhi.legalservice.internal.ServicePoints;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.web.FormPages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * 服务阵地与法治直播间页面 — for staff the register of service points and kiosks and the broadcast schedule with the
 * questions the public left; on the portal (a phone first) the service points and the broadcasts before and after,
 * with a form to leave a question for one to come. Staff who manage them register points, kiosks, a kiosk's month,
 * a broadcast and its figures afterwards by forms; each page has several, so a refusal names its form ({@code which})
 * and only that form shows it.
 */
@Controller
class ServicePointPages {

    private final ServicePoints points;
    private final Broadcasts broadcasts;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final FormPages forms;
    private final DataScope dataScope;

    ServicePointPages(ServicePoints points, Broadcasts broadcasts, OrgDirectory directory, PublicTowns towns,
                      FormPages forms, DataScope dataScope) {
        this.dataScope = dataScope;
        this.points = points;
        this.broadcasts = broadcasts;
        this.directory = directory;
        this.towns = towns;
        this.forms = forms;
    }

    /** A broadcast with its guests and, for staff, the questions left for it (numbers scrubbed). */
    record Show(Broadcast b, List<BroadcastGuest> guests, List<String> questions, boolean upcoming) {
    }

    record PointForm(PointKind kind, String name, Long orgUnitId, String address, String hours, String offers) {
    }

    record KioskForm(String place, Long orgUnitId, String supplier, @DateTimeFormat(iso = ISO.DATE) LocalDate inServiceFrom,
                     @DateTimeFormat(iso = ISO.DATE) LocalDate inServiceTo) {
    }

    record UsageForm(Long kioskId, YearMonth month, Integer consultations,
                     Integer documents, Integer videoCalls) {
    }

    /** Up to three guests on the page; a row left empty is no guest (the API takes up to ten). */
    record BroadcastForm(@DateTimeFormat(iso = ISO.DATE_TIME) LocalDateTime startsAt, String topic, String platform,
                         String link, String guest1Name, GuestRole guest1Role, String guest2Name,
                         GuestRole guest2Role, String guest3Name, GuestRole guest3Role) {
        List<Broadcasts.Guest> guests() {
            List<Broadcasts.Guest> list = new ArrayList<>();
            add(list, guest1Name, guest1Role);
            add(list, guest2Name, guest2Role);
            add(list, guest3Name, guest3Role);
            return list;
        }

        private static void add(List<Broadcasts.Guest> list, String name, GuestRole role) {
            if ((name != null && !name.isBlank()) || role != null) {
                list.add(new Broadcasts.Guest(name, role));
            }
        }
    }

    @GetMapping("/legal-services/service-points")
    @PreAuthorize(ServicePointApi.READ)
    String staffPoints(Model model) {
        model.addAttribute("points", points.points());
        model.addAttribute("kiosks", points.kiosks());
        model.addAttribute("units", directory.all().stream().collect(java.util.stream.Collectors.toMap(
                OrgUnitView::id, OrgUnitView::name)));
        model.addAttribute("kinds", PointKind.values());
        model.addAttribute("holders", directory.all().stream()
                .filter(u -> u.type() == OrgUnitType.TOWN || u.type() == OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList());
        return "legalservice/points";
    }

    @PostMapping("/legal-services/service-points")
    @PreAuthorize(ServicePointApi.MANAGE)
    String registerPoint(@ModelAttribute("point") PointForm f, BindingResult binding, RedirectAttributes redirect,
                         Model model) {
        return forms.submit(model, f, binding, () -> {
            points.register(new ServicePoints.NewPoint(f.kind(), f.name(), f.orgUnitId(), f.address(), f.hours(),
                    f.offers()));
            return done(redirect, "legalservice.point.registered", "/legal-services/service-points");
        }, () -> staffPoints(model));
    }

    @PostMapping("/legal-services/kiosks")
    @PreAuthorize(ServicePointApi.MANAGE)
    String registerKiosk(@ModelAttribute("kiosk") KioskForm f, BindingResult binding, RedirectAttributes redirect,
                         Model model) {
        return forms.submit(model, f, binding, () -> {
            points.register(new ServicePoints.NewKiosk(f.place(), f.orgUnitId(), f.supplier(), f.inServiceFrom(),
                    f.inServiceTo()));
            return done(redirect, "legalservice.kiosk.registered", "/legal-services/service-points");
        }, () -> staffPoints(model));
    }

    @PostMapping("/legal-services/kiosks/usage")
    @PreAuthorize(ServicePointApi.MANAGE)
    String recordUse(@ModelAttribute("usage") UsageForm f, BindingResult binding, RedirectAttributes redirect,
                     Model model) {
        return forms.submit(model, f, binding, () -> {
            points.recordUse(new ServicePoints.MonthlyUse(f.kioskId(), f.month(), f.consultations(), f.documents(),
                    f.videoCalls()));
            return done(redirect, "legalservice.kiosk.useRecorded", "/legal-services/service-points");
        }, () -> staffPoints(model));
    }

    @GetMapping("/legal-services/broadcasts")
    @PreAuthorize(ServicePointApi.READ)
    String staffBroadcasts(Model model) {
        model.addAttribute("shows", broadcasts.all().stream().map(b -> show(b, true)).toList());
        model.addAttribute("roles", GuestRole.values());
        return "legalservice/broadcasts";
    }

    @PostMapping("/legal-services/broadcasts")
    @PreAuthorize(ServicePointApi.MANAGE)
    String schedule(@ModelAttribute("broadcast") BroadcastForm f, BindingResult binding, RedirectAttributes redirect,
                    Model model) {
        return forms.submit(model, f, binding, () -> {
            broadcasts.schedule(new Broadcasts.NewBroadcast(f.startsAt(), f.topic(), f.platform(), f.link(),
                    f.guests()));
            return done(redirect, "legalservice.broadcast.scheduled", "/legal-services/broadcasts");
        }, () -> staffBroadcasts(model));
    }

    @PostMapping("/legal-services/broadcasts/{id}/outcome")
    @PreAuthorize(ServicePointApi.MANAGE)
    String outcome(@PathVariable long id, @ModelAttribute("outcome") Broadcasts.Outcome f, BindingResult binding,
                   RedirectAttributes redirect, Model model) {
        return forms.submit(model, f, binding, () -> {
            broadcasts.recordOutcome(id, f);
            return done(redirect, "legalservice.broadcast.outcomeRecorded", "/legal-services/broadcasts");
        }, () -> staffBroadcasts(model));
    }

    private static String done(RedirectAttributes redirect, String message, String path) {
        redirect.addFlashAttribute("success", message);
        return "redirect:" + path;
    }

    @GetMapping("/portal/{town}/legal-services/service-points")
    @PublicEndpoint
    String portalPoints(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("points", DataScope.asSystem(() -> points.pointsOf(t.id())));
        return "legalservice/portal-points";
    }

    @GetMapping("/portal/{town}/legal-services/broadcasts")
    @PublicEndpoint
    String portalBroadcasts(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("shows", DataScope.asSystem(() -> broadcasts.ofTown(t.id()).stream()
                .map(b -> show(b, false)).toList()));
        return "legalservice/portal-broadcasts";
    }

    @PostMapping("/portal/{town}/legal-services/broadcasts/{id}/questions")
    @PublicEndpoint
    String leaveQuestion(@PathVariable String town, @PathVariable long id,
                         @RequestParam(required = false) String question, RedirectAttributes redirect, Model model) {
        OrgUnitView t = towns.get(town);
        return forms.submit(model, () -> {
            DataScope.asSystem(() -> broadcasts.leaveQuestion(t.id(), id, question));
            redirect.addFlashAttribute("success", "legalservice.broadcast.questionLeft");
            return "redirect:" + towns.portalPath(t, "legal-services/broadcasts");
        }, () -> portalBroadcasts(town, model));
    }

    private Show show(Broadcast b, boolean withQuestions) {
        List<String> questions = withQuestions ? broadcasts.questionsOf(b.getId()).stream()
                .map(BroadcastQuestion::getQuestion).map(PersonalMasking::scrub).toList() : List.of();
        return new Show(b, broadcasts.guestsOf(b.getId()), questions, b.upcoming(broadcasts.now()));
    }
}
