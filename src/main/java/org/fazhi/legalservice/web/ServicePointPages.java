package org.fazhi.legalservice.web;

import java.util.List;
import org.fazhi.legalservice.internal.Broadcast;
import org.fazhi.legalservice.internal.BroadcastGuest;
import org.fazhi.legalservice.internal.BroadcastQuestion;
import org.fazhi.legalservice.internal.Broadcasts;
import org.fazhi.legalservice.internal.ServicePoints;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.PublicEndpoint;
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
 * 服务阵地与法治直播间页面 — for staff the register of service points and kiosks and the broadcast schedule with the
 * questions the public left; on the portal (a phone first) the service points and the broadcasts before and after,
 * with a form to leave a question for one to come.
 */
@Controller
class ServicePointPages {

    private final ServicePoints points;
    private final Broadcasts broadcasts;
    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final FormPages forms;

    ServicePointPages(ServicePoints points, Broadcasts broadcasts, OrgDirectory directory, PublicTowns towns,
                      FormPages forms) {
        this.points = points;
        this.broadcasts = broadcasts;
        this.directory = directory;
        this.towns = towns;
        this.forms = forms;
    }

    /** A broadcast with its guests and, for staff, the questions left for it (numbers scrubbed). */
    record Show(Broadcast b, List<BroadcastGuest> guests, List<String> questions, boolean upcoming) {
    }

    @GetMapping("/legal-services/service-points")
    @PreAuthorize(ServicePointApi.READ)
    String staffPoints(Model model) {
        model.addAttribute("points", points.points());
        model.addAttribute("kiosks", points.kiosks());
        model.addAttribute("units", directory.all().stream().collect(java.util.stream.Collectors.toMap(
                OrgUnitView::id, OrgUnitView::name)));
        return "legalservice/points";
    }

    @GetMapping("/legal-services/broadcasts")
    @PreAuthorize(ServicePointApi.READ)
    String staffBroadcasts(Model model) {
        model.addAttribute("shows", broadcasts.all().stream().map(b -> show(b, true)).toList());
        return "legalservice/broadcasts";
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
