package org.fazhi.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.web.FormPages;
import org.fazhi.supervision.internal.ComplaintChannel;
import org.fazhi.supervision.internal.ComplaintState;
import org.fazhi.supervision.internal.Complaints;
import org.fazhi.supervision.internal.EnforcementComplaint;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * 执法投诉举报页面 — the list with its filters and the registration form, and a complaint's page with its clocks and
 * the steps its state allows. Lists never show the complainant; the page shows it as the caller may read it.
 */
@Controller
class ComplaintPages {

    private final Complaints complaints;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final FormPages forms;
    private final MessageSource messages;
    private final Clock clock;

    ComplaintPages(Complaints complaints, OrgDirectory directory, DataScope dataScope, FormPages forms,
                   MessageSource messages, Clock clock) {
        this.complaints = complaints;
        this.directory = directory;
        this.dataScope = dataScope;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    record ComplaintForm(ComplaintChannel channel, Long orgUnitId, String subject, String officerName,
                         String caseNumber, String content, Boolean anonymous, String complainantName,
                         String complainantPhone, @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn) {
    }

    record StepForm(String reason, String finding, String measures, String reply,
                    @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
    }

    /** A row of the list: the complaint, the unit complained about and its open clock. */
    record Row(EnforcementComplaint c, String unit, DeadlineBadge clock) {
    }

    @GetMapping("/supervision/complaints")
    @PreAuthorize(ComplaintApi.READ)
    String list(@RequestParam(required = false) ComplaintState state,
                @RequestParam(required = false) ComplaintChannel channel, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<EnforcementComplaint> p = complaints.search(state, channel, q, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("page", p);
        model.addAttribute("rows", p.getContent().stream().map(c -> new Row(c, unitName(c.getSubjectUnitId()),
                badge(c))).toList());
        model.addAttribute("state", state);
        model.addAttribute("channel", channel);
        model.addAttribute("q", q == null ? "" : q.strip());
        StringBuilder base = new StringBuilder("/supervision/complaints?q=").append(q == null ? "" : q.strip());
        if (state != null) {
            base.append("&state=").append(state.name());
        }
        if (channel != null) {
            base.append("&channel=").append(channel.name());
        }
        model.addAttribute("base", base.toString());
        model.addAttribute("states", ComplaintState.values());
        model.addAttribute("channels", ComplaintChannel.values());
        model.addAttribute("units", units());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/complaints";
    }

    @PostMapping("/supervision/complaints")
    @PreAuthorize(ComplaintApi.MANAGE)
    String register(@ModelAttribute("complaint") ComplaintForm f, BindingResult binding, RedirectAttributes redirect,
                    Model model) {
        return forms.submit(model, f, binding, () -> {
            EnforcementComplaint c = complaints.register(new Complaints.NewComplaint(f.channel(), f.orgUnitId(),
                    f.subject(), f.officerName(), f.caseNumber(), f.content(), f.anonymous(), f.complainantName(),
                    f.complainantPhone(), f.receivedOn()));
            redirect.addFlashAttribute("success", "supervision.complaint.registered");
            return "redirect:/supervision/complaints/" + c.getId();
        }, () -> list(null, null, null, 0, model));
    }

    @GetMapping("/supervision/complaints/{id}")
    @PreAuthorize(ComplaintApi.READ)
    String detail(@PathVariable long id, @AuthenticationPrincipal FazhiUser user, Model model) {
        EnforcementComplaint c = complaints.complaint(id);
        model.addAttribute("c", c);
        model.addAttribute("unit", unitName(c.getSubjectUnitId()));
        model.addAttribute("clocks", java.util.stream.Stream.of(complaints.acceptanceClock(c),
                complaints.handlingClock(c)).flatMap(Optional::stream).map(d -> DeadlineBadge.of(d, messages))
                .toList());
        model.addAttribute("steps", c.getState().steps());
        model.addAttribute("manages", user.holds(Permission.SUPERVISION_MANAGE));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/complaint";
    }

    @PostMapping("/supervision/complaints/{id}/acceptance")
    @PreAuthorize(ComplaintApi.MANAGE)
    String accept(@PathVariable long id, @ModelAttribute("step") StepForm f, BindingResult binding,
                  @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, f, binding, user, redirect, model, () -> complaints.accept(id, f.on()));
    }

    @PostMapping("/supervision/complaints/{id}/rejection")
    @PreAuthorize(ComplaintApi.MANAGE)
    String reject(@PathVariable long id, @ModelAttribute("step") StepForm f, BindingResult binding,
                  @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, f, binding, user, redirect, model, () -> complaints.reject(id, f.reason(), f.on()));
    }

    @PostMapping("/supervision/complaints/{id}/conclusion")
    @PreAuthorize(ComplaintApi.MANAGE)
    String conclude(@PathVariable long id, @ModelAttribute("step") StepForm f, BindingResult binding,
                    @AuthenticationPrincipal FazhiUser user, RedirectAttributes redirect, Model model) {
        return step(id, f, binding, user, redirect, model, () -> complaints.conclude(id, f.finding(), f.measures(),
                f.reply(), f.on()));
    }

    private String step(long id, StepForm f, BindingResult binding, FazhiUser user, RedirectAttributes redirect,
                        Model model, Runnable step) {
        return forms.submit(model, f, binding, () -> {
            step.run();
            redirect.addFlashAttribute("success", "supervision.saved");
            return "redirect:/supervision/complaints/" + id;
        }, () -> detail(id, user, model));
    }

    /** The dashboard section: complaints not yet answered and findings not yet in a notice. */
    @GetMapping("/supervision/section")
    @PreAuthorize(ComplaintApi.READ)
    String section(Model model) {
        model.addAttribute("received", complaints.search(ComplaintState.RECEIVED, null, null, PageRequest.of(0, 1))
                .getTotalElements());
        model.addAttribute("accepted", complaints.search(ComplaintState.ACCEPTED, null, null, PageRequest.of(0, 1))
                .getTotalElements());
        return "supervision/section";
    }

    private DeadlineBadge badge(EnforcementComplaint c) {
        return complaints.handlingClock(c).or(() -> complaints.acceptanceClock(c))
                .map(d -> DeadlineBadge.of(d, messages)).orElse(null);
    }

    private String unitName(long id) {
        return directory.find(id).map(OrgUnitView::name).orElse("—");
    }

    /** The units a complaint may be about: the towns and their departments the user may write for. */
    private List<OrgUnitView> units() {
        return dataScope.visibleUnits().stream()
                .filter(u -> u.townId() != null && u.type() != OrgUnitType.VILLAGE)
                .filter(u -> dataScope.canWriteHeldBy(u.id())).toList();
    }
}
