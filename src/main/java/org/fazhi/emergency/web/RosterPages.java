package org.fazhi.emergency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.emergency.internal.DutyDay;
import org.fazhi.emergency.internal.RosterService;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 值班值守页面 — the roster of the coming month day by day (a day without a leader on duty marked), the form for one
 * day, handovers, and today's duty on every desk's dashboard.
 */
@Controller
class RosterPages {

    private final RosterService roster;
    private final OrgDirectory directory;
    private final FormPages forms;
    private final Clock clock;

    RosterPages(RosterService roster, OrgDirectory directory, FormPages forms, Clock clock) {
        this.roster = roster;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    /** A day of the calendar: the day, the town's duty if entered, and whether a leader is on duty. */
    record Day(LocalDate date, DutyDay duty, boolean noLeader) {
    }

    @GetMapping("/emergency/roster")
    @PreAuthorize(IncidentPages.READ)
    String roster(Model model) {
        LocalDate today = LocalDate.now(clock);
        var town = roster.ownTownIfAny();
        List<Day> days = List.of();
        if (town.isPresent()) {
            Map<LocalDate, DutyDay> byDate = roster.between(today, today.plusMonths(1)).stream()
                    .filter(d -> d.getTownId().equals(town.get()))
                    .collect(Collectors.toMap(DutyDay::getDate, Function.identity()));
            List<LocalDate> gaps = roster.daysWithoutLeader(town.get());
            days = today.datesUntil(today.plusMonths(1).plusDays(1))
                    .map(d -> new Day(d, byDate.get(d), gaps.contains(d))).toList();
        }
        model.addAttribute("days", days);
        model.addAttribute("gaps", town.map(roster::daysWithoutLeader).orElse(List.of()));
        model.addAttribute("handovers", roster.recentHandovers());
        model.addAttribute("hasTown", town.isPresent());
        model.addAttribute("today", today);
        model.addAttribute("now", Times.input(clock.instant()));
        return "emergency/roster";
    }

    @PostMapping("/emergency/roster")
    @PreAuthorize(IncidentPages.MANAGE)
    String enter(@RequestParam(required = false) String date, @RequestParam(required = false) String leader,
                 @RequestParam(required = false) String staff, @RequestParam(required = false) String phone,
                 RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            org.fazhi.shared.Input in = new org.fazhi.shared.Input();
            LocalDate day = in.date("date", date, true);
            in.check();
            roster.enterForOwnTown(day, leader, staff, phone);
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/roster";
        }, () -> roster(model));
    }

    @PostMapping("/emergency/handovers")
    @PreAuthorize(IncidentPages.MANAGE)
    String handOver(@RequestParam(required = false) String handedAt, @RequestParam(required = false) String handedBy,
                    @RequestParam(required = false) String takenBy, @RequestParam(required = false) String notes,
                    RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            roster.handOver(handedAt, handedBy, takenBy, notes);
            redirect.addFlashAttribute("success", "emergency.saved");
            return "redirect:/emergency/roster#handovers";
        }, () -> roster(model));
    }

    /** 今日值班 — the dashboard section every business desk sees: today's duty of each town in the user's scope. */
    @GetMapping("/emergency/duty/section")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    String section(Model model) {
        model.addAttribute("duties", roster.today().stream()
                .map(d -> Map.entry(directory.find(d.getTownId()).map(OrgUnitView::name).orElse(""), d)).toList());
        // those who keep the roster also see the coming days still without a leader on duty
        model.addAttribute("gaps", org.fazhi.organization.scope.DataScope.currentUserHolds(
                org.fazhi.organization.Permission.EMERGENCY_READ)
                ? roster.ownTownIfAny().map(roster::daysWithoutLeader).orElse(List.of()) : List.of());
        return "emergency/section";
    }
}
