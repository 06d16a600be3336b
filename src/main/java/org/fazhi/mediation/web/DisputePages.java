package org.fazhi.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.internal.AdvisedRoute;
import org.fazhi.mediation.internal.AgreementForm;
import org.fazhi.mediation.internal.CommitteeLevel;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.DisputeCommands;
import org.fazhi.mediation.internal.DisputeLedger;
import org.fazhi.mediation.internal.DisputeProcedure;
import org.fazhi.mediation.internal.DisputeQueries;
import org.fazhi.mediation.internal.DisputeService;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.mediation.internal.FollowUp;
import org.fazhi.mediation.internal.IntakeChannel;
import org.fazhi.mediation.internal.MediationAccess;
import org.fazhi.mediation.internal.PartyRole;
import org.fazhi.mediation.internal.Performance;
import org.fazhi.mediation.internal.RiskLevel;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

/** 纠纷管理页面 — the dispute list, the registration form and the dispute page with its next steps. */
@Controller
class DisputePages {

    static final int PAGE_SIZE = 20;

    private final DisputeService service;
    private final DisputeQueries queries;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final AuditTrail audit;
    private final FormPages forms;
    private final MessageSource messages;
    private final org.fazhi.mediation.internal.CampaignService campaigns;

    DisputePages(DisputeService service, DisputeQueries queries, OrgDirectory directory, DataScope dataScope,
                 AuditTrail audit, FormPages forms, MessageSource messages,
                 org.fazhi.mediation.internal.CampaignService campaigns) {
        this.campaigns = campaigns;
        this.service = service;
        this.queries = queries;
        this.directory = directory;
        this.dataScope = dataScope;
        this.audit = audit;
        this.forms = forms;
        this.messages = messages;
    }

    /** The registration form (what the page posts, flat as HTML forms are): the dispute and up to two parties (an applicant and a respondent). */
    record RegistrationForm(Long localityId, @DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn,
                            DisputeCategory category, DisputeSource source, IntakeChannel channel, String summary,
                            BigDecimal amount, RiskLevel riskLevel, Boolean major, Integer deaths,
                            Integer personsInvolved, String mediators, CommitteeLevel committee,
                            String applicantName, String applicantIdNumber, String applicantPhone,
                            String applicantAddress, String respondentName, String respondentIdNumber,
                            String respondentPhone, String respondentAddress) {

        DisputeCommands.Registration command() {
            List<DisputeCommands.PartyInput> parties = new ArrayList<>();
            if (applicantName != null && !applicantName.isBlank()) {
                parties.add(new DisputeCommands.PartyInput(PartyRole.APPLICANT, applicantName, applicantIdNumber,
                        applicantPhone, applicantAddress));
            }
            if (respondentName != null && !respondentName.isBlank()) {
                parties.add(new DisputeCommands.PartyInput(PartyRole.RESPONDENT, respondentName, respondentIdNumber,
                        respondentPhone, respondentAddress));
            }
            return new DisputeCommands.Registration(localityId, acceptedOn, category, source, channel, summary,
                    parties, amount, riskLevel == null ? RiskLevel.LOW : riskLevel, Boolean.TRUE.equals(major),
                    deaths == null ? 0 : deaths, personsInvolved == null ? 0 : personsInvolved, mediators,
                    committee);
        }
    }

    record SessionForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String place, String participants,
                       String mediator, String record) {

        DisputeCommands.SessionInput command() {
            return new DisputeCommands.SessionInput(heldOn, place, participants, mediator, record);
        }
    }

    record DatedNoteForm(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String text) {
    }

    record ConclusionForm(DisputeStatus outcome, @DateTimeFormat(iso = ISO.DATE) LocalDate concludedOn,
                          AgreementForm form, String terms, String oralContent,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn, Boolean partiesSigned,
                          Boolean mediatorSigned, Boolean committeeSealed, AdvisedRoute route, String note) {

        DisputeCommands.Conclusion command() {
            return new DisputeCommands.Conclusion(outcome, concludedOn, form, terms, oralContent, signedOn,
                    Boolean.TRUE.equals(partiesSigned), Boolean.TRUE.equals(mediatorSigned),
                    Boolean.TRUE.equals(committeeSealed), route, note);
        }
    }

    record FollowUpForm(FollowUp.Kind kind, @DateTimeFormat(iso = ISO.DATE) LocalDate on, Performance result,
                        String note) {

        DisputeCommands.FollowUpInput command() {
            return new DisputeCommands.FollowUpInput(kind, on, result, note);
        }
    }

    /** A list row with the names the table shows. */
    record Row(Dispute d, String village, String holder) {
    }

    @GetMapping("/mediation/disputes")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                @RequestParam(required = false) Long orgUnit, @RequestParam(required = false) Long village,
                @RequestParam(required = false) DisputeCategory category,
                @RequestParam(required = false) DisputeSource source,
                @RequestParam(required = false) DisputeStatus status,
                @RequestParam(required = false) AgreementForm form, @RequestParam(required = false) Boolean major,
                @RequestParam(required = false) CommitteeLevel committee,
                @RequestParam(required = false) Boolean referred,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "ACCEPTED") DisputeQueries.SortBy sort,
                @RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
                Model model) {
        if (year != null) {
            Input.requireYear(year);
        }
        DisputeQueries.Filter filter = new DisputeQueries.Filter(year, month, orgUnit, village, category, source,
                status, form, major, committee, referred, from, to, q, null);
        Page<Dispute> result = queries.search(filter, page, PAGE_SIZE, sort, desc);
        model.addAttribute("page", result);
        model.addAttribute("rows", result.getContent().stream().map(d -> new Row(d, name(d.getLocalityId()),
                name(d.getHolderUnitId()))).toList());
        model.addAttribute("f", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("villages", villages());
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("sources", DisputeSource.values());
        model.addAttribute("statuses", DisputeStatus.values());
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        addParam(query, "year", year);
        addParam(query, "month", month);
        addParam(query, "orgUnit", orgUnit);
        addParam(query, "village", village);
        addParam(query, "category", category);
        addParam(query, "source", source);
        addParam(query, "status", status);
        addParam(query, "form", form);
        addParam(query, "major", major);
        addParam(query, "committee", committee);
        addParam(query, "referred", referred);
        addParam(query, "from", from);
        addParam(query, "to", to);
        addParam(query, "q", q == null || q.isBlank() ? null : q);
        String filterQuery = query.encode().build().getQuery();
        String fq = filterQuery == null ? "" : filterQuery;
        model.addAttribute("filterQuery", fq);
        model.addAttribute("base", "/mediation/disputes?" + fq + (fq.isEmpty() ? "" : "&") + "sort=" + sort
                + "&desc=" + desc);
        model.addAttribute("orgUnitName", orgUnit == null ? null : name(orgUnit));
        return "mediation/list";
    }

    @GetMapping("/mediation/disputes/new")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String newForm(@RequestParam(required = false) Long assignment, Model model) {
        formModel(model);
        model.addAttribute("assignment", assignment == null ? null : campaigns.assignment(assignment));
        return "mediation/new";
    }

    @PostMapping("/mediation/disputes")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String register(@ModelAttribute RegistrationForm form, BindingResult binding,
                    @RequestParam(required = false) Long assignment, RedirectAttributes redirect, Model model) {
        DisputeCommands.Registration r = form.command();
        return forms.submit(model, r, binding, () -> {
            Dispute d = assignment == null ? service.register(r) : campaigns.reportFinding(assignment, r);
            redirect.addFlashAttribute("success", "mediation.registered");
            return "redirect:/mediation/disputes/" + d.getId();
        }, () -> newForm(assignment, model));
    }

    @GetMapping("/mediation/disputes/{id}")
    @PreAuthorize("hasAuthority('MEDIATION_READ')")
    String detail(@PathVariable long id, Model model) {
        Dispute d = service.get(id);
        model.addAttribute("d", d);
        model.addAttribute("village", name(d.getLocalityId()));
        model.addAttribute("holder", name(d.getHolderUnitId()));
        model.addAttribute("personal", MediationAccess.PARTY_DATA.readsInClear());
        model.addAttribute("steps", MediationAccess.handles() && dataScope.canWriteHeldBy(d.getHolderUnitId())
                ? DisputeProcedure.allowed(d) : List.of());
        model.addAttribute("handovers", d.getHandovers().stream().map(h -> new String[] {h.getHandedOn().toString(),
                name(h.getFromUnitId()), name(h.getToUnitId()), h.getHandedBy(), h.getReason()}).toList());
        model.addAttribute("clocks", service.clocksOf(id).stream().map(k -> DeadlineBadge.of(k, messages)).toList());
        model.addAttribute("history", audit.historyOf(Dispute.class, id));
        model.addAttribute("today", LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        model.addAttribute("outcomes", List.of(DisputeStatus.SUCCEEDED, DisputeStatus.FAILED,
                DisputeStatus.TERMINATED));
        model.addAttribute("forms", AgreementForm.values());
        model.addAttribute("routes", AdvisedRoute.CHOOSABLE);
        model.addAttribute("performances", Performance.values());
        return "mediation/detail";
    }

    @PostMapping("/mediation/disputes/{id}/assignment")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String assign(@PathVariable long id, @RequestParam(required = false) String mediators,
                  RedirectAttributes redirect, Model model) {
        var command = new DisputeCommands.Assignment(mediators);
        return step(id, "ASSIGN", command, null, redirect, model, () -> service.assign(id, command));
    }

    @PostMapping("/mediation/disputes/{id}/sessions")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String session(@PathVariable long id, @ModelAttribute SessionForm form, BindingResult binding,
                   RedirectAttributes redirect, Model model) {
        var command = form.command();
        return step(id, "SESSION", command, binding, redirect, model, () -> service.recordSession(id, command));
    }

    @PostMapping("/mediation/disputes/{id}/escalation")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String escalate(@PathVariable long id, @ModelAttribute DatedNoteForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        var command = new DisputeCommands.Escalation(form.on(), form.text());
        String next = step(id, "ESCALATE", command, binding, redirect, model, () -> service.escalate(id, command));
        if (next.startsWith("redirect:") && DataScope.current().villageId() != null) {
            // the village no longer holds it, hence no longer sees it: back to the village's list
            redirect.addFlashAttribute("success", "mediation.escalated");
            return "redirect:/mediation/disputes";
        }
        return next;
    }

    @PostMapping("/mediation/disputes/{id}/police-report")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String police(@PathVariable long id, @ModelAttribute DatedNoteForm form, BindingResult binding,
                  RedirectAttributes redirect, Model model) {
        var command = new DisputeCommands.PoliceReport(form.on(), form.text());
        return step(id, "POLICE_REPORT", command, binding, redirect, model,
                () -> service.reportToPolice(id, command));
    }

    @PostMapping("/mediation/disputes/{id}/conclusion")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String conclude(@PathVariable long id, @ModelAttribute ConclusionForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        var command = form.command();
        return step(id, "CONCLUDE", command, binding, redirect, model, () -> service.conclude(id, command));
    }

    @PostMapping("/mediation/disputes/{id}/follow-ups")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String followUp(@PathVariable long id, @ModelAttribute FollowUpForm form, BindingResult binding,
                    RedirectAttributes redirect, Model model) {
        var command = form.command();
        return step(id, "FOLLOW_UP", command, binding, redirect, model, () -> service.followUp(id, command));
    }

    @PostMapping("/mediation/disputes/{id}/court-confirmation")
    @PreAuthorize("hasAuthority('MEDIATION_WRITE')")
    String confirmation(@PathVariable long id, @ModelAttribute DatedNoteForm form, BindingResult binding,
                        RedirectAttributes redirect, Model model) {
        var command = new DisputeCommands.CourtConfirmation(form.on());
        return step(id, "COURT_CONFIRMATION", command, binding, redirect, model,
                () -> service.recordCourtConfirmation(id, command));
    }

    /**
     * A step of the dispute page: the command checked, then done; a refusal shows the dispute page again with the
     * step's form open and the refusal next to its fields ({@code openStep} names the step).
     */
    private String step(long id, String openStep, Object command, BindingResult binding, RedirectAttributes redirect,
                        Model model, Supplier<Dispute> action) {
        return forms.submit(model, command, binding, () -> {
            action.get();
            redirect.addFlashAttribute("success", "mediation.saved");
            return "redirect:/mediation/disputes/" + id;
        }, () -> {
            model.addAttribute("openStep", openStep);
            return detail(id, model);
        });
    }

    private void formModel(Model model) {
        model.addAttribute("villages", villages());
        model.addAttribute("categories", DisputeCategory.values());
        model.addAttribute("sources", DisputeSource.values());
        model.addAttribute("channels", IntakeChannel.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("committees", CommitteeLevel.values());
        model.addAttribute("today", LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        model.addAttribute("ledgerName", DisputeLedger.NAME);
    }

    private List<OrgUnitView> villages() {
        return dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList();
    }

    private String name(Long id) {
        return id == null ? "" : directory.find(id).map(OrgUnitView::name).orElse("");
    }

    private static void addParam(UriComponentsBuilder b, String name, Object value) {
        Optional.ofNullable(value).ifPresent(v -> b.queryParam(name, v));
    }
}
