package org.fazhi.emergency.web;

import java.time.Clock;
import java.util.List;
import org.fazhi.emergency.internal.WarningLevel;
import org.fazhi.emergency.internal.WarningService;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.scope.DataScope;
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
 * 预警页面 — the town's warnings, each with the banner the portal shows while it is in force, and the editor that
 * issues a warning with a live preview of its banner; a warning's own page changes it (level, area, measures, period).
 */
@Controller
class WarningPages {

    private final WarningService warnings;
    private final WarningNotices notices;
    private final DataScope dataScope;
    private final FormPages forms;
    private final Clock clock;

    WarningPages(WarningService warnings, WarningNotices notices, DataScope dataScope,
                 FormPages forms, Clock clock) {
        this.warnings = warnings;
        this.notices = notices;
        this.dataScope = dataScope;
        this.forms = forms;
        this.clock = clock;
    }

    /** A warning with its banner as the portal shows it, and whether it is in force now. */
    record Row(org.fazhi.emergency.internal.Warning w, org.fazhi.shared.PortalNotices.Notice banner, boolean inForce,
               boolean writable) {
    }

    @GetMapping("/emergency/warnings")
    @PreAuthorize(IncidentPages.READ)
    String list(Model model) {
        var now = clock.instant();
        model.addAttribute("rows", warnings.all().stream().map(w -> new Row(w, notices.notice(w), w.inForce(now),
                dataScope.canWriteHeldBy(w.getHolderUnitId()))).toList());
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("headings", notices.headings());
        model.addAttribute("units", IncidentPages.writableUnits(dataScope));
        model.addAttribute("villages", dataScope.visibleUnits().stream()
                .filter(u -> u.type() == OrgUnitType.VILLAGE).toList());
        model.addAttribute("now", Times.input(now));
        return "emergency/warnings";
    }

    @PostMapping("/emergency/warnings")
    @PreAuthorize(IncidentPages.MANAGE)
    String issue(@RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) String level,
                 @RequestParam(required = false) String title,
                 @RequestParam(required = false) List<Long> villageIds,
                 @RequestParam(required = false) String measures, @RequestParam(required = false) String validFrom,
                 @RequestParam(required = false) String validUntil, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            warnings.issue(new WarningService.WarningCommand(orgUnitId, level, title, villageIds, measures, validFrom,
                    validUntil));
            redirect.addFlashAttribute("success", "emergency.warning.issued");
            return "redirect:/emergency/warnings";
        }, () -> list(model));
    }

    @GetMapping("/emergency/warnings/{id}")
    @PreAuthorize(IncidentPages.MANAGE)
    String edit(@PathVariable long id, Model model) {
        var w = warnings.warning(id);
        var villages = dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE
                && u.townId().equals(w.getTownId())).toList();
        var area = w.getArea() == null ? List.<String>of() : List.of(w.getArea().split("、"));
        model.addAttribute("w", w);
        model.addAttribute("banner", notices.notice(w));
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("headings", notices.headings());
        model.addAttribute("villages", villages);
        model.addAttribute("covered", villages.stream().filter(v -> area.contains(v.name()))
                .map(v -> String.valueOf(v.id())).toList());
        model.addAttribute("from", Times.input(w.getValidFrom()));
        model.addAttribute("until", w.getValidUntil() == null ? "" : Times.input(w.getValidUntil()));
        return "emergency/warning";
    }

    @PostMapping("/emergency/warnings/{id}")
    @PreAuthorize(IncidentPages.MANAGE)
    String change(@PathVariable long id, @RequestParam(required = false) String level,
                  @RequestParam(required = false) String title, @RequestParam(required = false) List<Long> villageIds,
                  @RequestParam(required = false) String measures, @RequestParam(required = false) String validFrom,
                  @RequestParam(required = false) String validUntil, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            warnings.change(id, new WarningService.WarningCommand(null, level, title, villageIds, measures,
                    validFrom, validUntil));
            redirect.addFlashAttribute("success", "emergency.warning.changed");
            return "redirect:/emergency/warnings";
        }, () -> edit(id, model));
    }

    @PostMapping("/emergency/warnings/{id}/lifting")
    @PreAuthorize(IncidentPages.MANAGE)
    String lift(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                Model model) {
        return forms.submit(model, () -> {
            warnings.lift(id, reason);
            redirect.addFlashAttribute("success", "emergency.warning.liftedNow");
            return "redirect:/emergency/warnings";
        }, () -> list(model));
    }
}
