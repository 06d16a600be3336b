package org.fazhi.enforcement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.audit.AuditTrail;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.enforcement.internal.ApprovalStage;
import org.fazhi.enforcement.internal.CaseEvidence;
import org.fazhi.enforcement.internal.CaseApprovals;
import org.fazhi.enforcement.internal.CaseClocks;
import org.fazhi.enforcement.internal.CasePersons;
import org.fazhi.enforcement.internal.CaseAssessment;
import org.fazhi.enforcement.internal.CaseService;
import org.fazhi.enforcement.internal.CoerciveMeasure;
import org.fazhi.enforcement.internal.CoerciveMeasureKind;
import org.fazhi.enforcement.internal.CoerciveMeasures;
import org.fazhi.enforcement.internal.ExtendMeasure;
import org.fazhi.enforcement.internal.Confiscation;
import org.fazhi.enforcement.internal.HearingRight;
import org.fazhi.enforcement.internal.RecordMeasure;
import org.fazhi.enforcement.internal.DecisionImport;
import org.fazhi.enforcement.internal.FileCase;
import org.fazhi.files.UnsupportedFileType;
import org.springframework.web.multipart.MultipartFile;
import org.fazhi.enforcement.internal.CaseState;
import org.fazhi.enforcement.internal.Outcome;
import org.fazhi.enforcement.internal.PenaltyCase;
import org.fazhi.enforcement.internal.PersonRole;
import org.fazhi.enforcement.internal.ProcedureKind;
import org.fazhi.enforcement.internal.RemedyKind;
import org.fazhi.enforcement.internal.RemedyResult;
import org.fazhi.enforcement.internal.Step;
import org.fazhi.enforcement.web.CasePageViews.*;
import org.fazhi.enforcement.internal.Supervision;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * 行政处罚案件页面 — the list, filing, and the case page with its allowed steps, the hearing right and the limitation,
 * the coercive measures, timeline, records and documents. Every form of the case page re-shows this page with its
 * refusal next to the field, through {@code detail}, so the forms live here with it.
 */
@Controller
class CasePages {

    static final int PAGE_SIZE = 20;
    static final List<String> SORTS = List.of("filedOn", "caseNumber", "state");

    private final CaseService cases;
    private final CertificateRegister certificates;
    private final CaseApprovals approvals;
    private final CaseClocks clocks;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseEvidence evidence;
    private final DecisionImport decisionImport;
    private final FormPages forms;
    private final CasePersons persons;
    private final CaseAssessment assessment;
    private final CoerciveMeasures measures;
    private final Supervision supervision;

    CasePages(CaseService cases, CaseApprovals approvals, CaseClocks clocks, CertificateRegister certificates,
              AuditTrail audit, MessageSource messages, Clock clock, CaseEvidence evidence,
              DecisionImport decisionImport, FormPages forms, CasePersons persons, CaseAssessment assessment,
              CoerciveMeasures measures, Supervision supervision) {
        this.assessment = assessment;
        this.measures = measures;
        this.forms = forms;
        this.persons = persons;
        this.supervision = supervision;
        this.evidence = evidence;
        this.decisionImport = decisionImport;
        this.cases = cases;
        this.certificates = certificates;
        this.approvals = approvals;
        this.clocks = clocks;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/enforcement/cases")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    String list(@RequestParam(required = false) CaseState state,
                @RequestParam(required = false) ProcedureKind procedure, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer decided,
                @RequestParam(required = false) Supervision.Watch watch,
                @RequestParam(defaultValue = "filedOn") String sort,
                @RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String by = SORTS.contains(sort) ? sort : "filedOn";
        Page<PenaltyCase> result = cases.search(state, procedure, q, year, decided,
                watch == null ? null : supervision.signals().caseIds(watch), PageRequest.of(Math.max(page, 0),
                        PAGE_SIZE, Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, by, "id")));
        model.addAttribute("page", result);
        model.addAttribute("state", state);
        model.addAttribute("procedure", procedure);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("decided", decided);
        model.addAttribute("watch", watch);
        model.addAttribute("sort", by);
        model.addAttribute("desc", desc);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("exportUrl", filtered("/api/v1/enforcement/cases/export.xlsx", state, procedure, q, year)
                .encode().build().toUriString());
        model.addAttribute("base", filtered("/enforcement/cases", state, procedure, q, year)
                .queryParamIfPresent("decided", Optional.ofNullable(decided))
                .queryParamIfPresent("watch", Optional.ofNullable(watch))
                .queryParam("sort", by).queryParam("desc", desc).encode().build().toUriString());
        return "enforcement/list";
    }

    /** The list's filters on a path: the export takes the same ones as the list. */
    private static UriComponentsBuilder filtered(String path, CaseState state, ProcedureKind procedure, String q, Integer year) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("state", Optional.ofNullable(state))
                .queryParamIfPresent("procedure", Optional.ofNullable(procedure))
                .queryParamIfPresent("q", Optional.ofNullable(q)).queryParamIfPresent("year", Optional.ofNullable(year));
    }

    @GetMapping("/enforcement/cases/new")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String newCase(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("officers", certificates.validOn(today));
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("partyTypes", PartyType.values());
        return "enforcement/new";
    }

    @PostMapping("/enforcement/cases")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String file(@ModelAttribute("form") FileCase form, BindingResult binding, RedirectAttributes redirect,
                Model model) {
        return forms.submit(model, form, binding, () -> {
            PenaltyCase c = cases.file(form);
            redirect.addFlashAttribute("success", "enforcement.filed");
            return "redirect:/enforcement/cases/" + c.getId();
        }, () -> newCase(model));
    }

    @GetMapping("/enforcement/cases/{id}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    String detail(@PathVariable long id, Model model) {
        PenaltyCase c = cases.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("today", today);
        model.addAttribute("steps", cases.stepsOf(id));
        model.addAttribute("approvals", cases.approvalsOf(id));
        // only the steps the user's role may take: the others are someone else's work, not a button here
        java.util.Set<String> held = org.fazhi.organization.scope.DataScope.currentUser().map(u -> u.getAuthorities()
                .stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
        model.addAttribute("availability", cases.availability(c).stream()
                .filter(a -> held.contains(a.step().permission())).map(a -> new Option(a.step(), a.allowed(),
                org.fazhi.shared.Reasons.join(a.missing().stream().map(m -> messages.getMessage(m,
                        LocaleContextHolder.getLocale())).toList(), LocaleContextHolder.getLocale()))).toList());
        // only the stages the user may sign now: a signed or someone else's stage is no form to send
        model.addAttribute("stages", approvals.signable(c));
        model.addAttribute("nextApprovals", java.util.Arrays.stream(ApprovalStage.values())
                .map(s -> new NextApproval(s, approvals.nextApproval(c, s).map(e -> e.label()).orElse(null))).toList());
        model.addAttribute("officers", certificates.validOn(today));
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("remedyKinds", RemedyKind.values());
        model.addAttribute("remedyResults", RemedyResult.values());
        model.addAttribute("clocks", clocks.all(id));
        model.addAttribute("persons", persons.of(id));
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("history", audit.historyOf(PenaltyCase.class, c.getId()));
        model.addAttribute("evidence", evidence.manifest(id).stream()
                .collect(java.util.stream.Collectors.groupingBy(CaseEvidence.Entry::stepId)));
        HearingRight right = assessment.hearingRight(c);
        model.addAttribute("hearingRight", right);
        model.addAttribute("hearingGrounds", right.grounds().stream()
                .map(g -> messages.getMessage(g, LocaleContextHolder.getLocale())).toList());
        model.addAttribute("limitationEnds", assessment.limitationEnds(c));
        List<CoerciveMeasure> caseMeasures = measures.of(id);
        model.addAttribute("measures", caseMeasures);
        model.addAttribute("measureTerms", caseMeasures.stream().flatMap(m -> measures.termOf(m).stream())
                .collect(java.util.stream.Collectors.toMap(v -> Long.valueOf(v.subjectId()), v -> v)));
        model.addAttribute("measureKinds", CoerciveMeasureKind.values());
        return "enforcement/detail";
    }

    @PostMapping("/enforcement/cases/{id}/coercive-measures")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String recordMeasure(@PathVariable long id, @ModelAttribute("measure") RecordMeasure form, BindingResult binding,
                         RedirectAttributes redirect, Model model) {
        return forms.submit(model, form, binding, () -> {
            measures.record(id, form);
            redirect.addFlashAttribute("success", "enforcement.measure.recorded");
            return "redirect:/enforcement/cases/" + id + "#coercive-measures";
        }, () -> detail(id, model));
    }

    /** A measure's page is its case's page, at the measures (the deadline register links a measure's term here). */
    @GetMapping("/enforcement/coercive-measures/{measureId}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    String measure(@PathVariable long measureId) {
        return "redirect:/enforcement/cases/" + measures.caseOf(measureId) + "#measure-" + measureId;
    }

    @PostMapping("/enforcement/cases/{id}/coercive-measures/{measureId}/extension")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String extendMeasure(@PathVariable long id, @PathVariable long measureId,
                         @ModelAttribute ExtendMeasure form, BindingResult binding, RedirectAttributes redirect,
                         Model model) {
        return forms.submit(model, form, binding, () -> {
            measures.extend(id, measureId, form);
            redirect.addFlashAttribute("success", "enforcement.measure.extended");
            return "redirect:/enforcement/cases/" + id + "#measure-" + measureId;
        }, () -> detail(id, model));
    }

    @PostMapping("/enforcement/cases/{id}/coercive-measures/{measureId}/pause")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String pauseMeasure(@PathVariable long id, @PathVariable long measureId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pausedFrom,
                        @RequestParam(required = false) String pauseReason, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            measures.pauseTerm(id, measureId, pausedFrom, pauseReason);
            redirect.addFlashAttribute("success", "enforcement.measure.paused");
            return "redirect:/enforcement/cases/" + id + "#measure-" + measureId;
        }, () -> detail(id, model));
    }

    @PostMapping("/enforcement/cases/{id}/coercive-measures/{measureId}/resume")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String resumeMeasure(@PathVariable long id, @PathVariable long measureId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resumedOn,
                         RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            measures.resumeTerm(id, measureId, resumedOn);
            redirect.addFlashAttribute("success", "enforcement.measure.resumed");
            return "redirect:/enforcement/cases/" + id + "#measure-" + measureId;
        }, () -> detail(id, model));
    }

    @PostMapping("/enforcement/cases/{id}/coercive-measures/{measureId}/lift")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String liftMeasure(@PathVariable long id, @PathVariable long measureId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate liftedOn,
                       @RequestParam(required = false) String liftNote, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            measures.lift(id, measureId, liftedOn, liftNote);
            redirect.addFlashAttribute("success", "enforcement.measure.lifted");
            return "redirect:/enforcement/cases/" + id + "#coercive-measures";
        }, () -> detail(id, model));
    }

    @PostMapping("/enforcement/cases/{id}/steps/{stepId}/records")
    @PreAuthorize("hasAuthority('FILE_WRITE') and hasAuthority('ENFORCEMENT_READ')")
    String attach(@PathVariable long id, @PathVariable long stepId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect, Model model) {
        if (file == null || file.isEmpty()) {
            return forms.refused(model, RuleViolation.onField("file", "enforcement.record.empty"),
                    () -> detail(id, model));
        }
        try (var in = file.getInputStream()) {
            evidence.attach(id, stepId, file.getOriginalFilename() == null ? "记录" : file.getOriginalFilename(), in);
        } catch (UnsupportedFileType e) {
            return forms.refused(model, RuleViolation.onField("file", "enforcement.record.type"), () -> detail(id, model));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        redirect.addFlashAttribute("success", "enforcement.record.added");
        return "redirect:/enforcement/cases/" + id + "#timeline";
    }

    @GetMapping("/enforcement/decisions/import")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','LEGAL_REVIEW')")
    String importPage(Model model) {
        model.addAttribute("ledger", DecisionImport.LEDGER);
        return "enforcement/import";
    }

    @PostMapping("/enforcement/decisions/import")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','LEGAL_REVIEW')")
    String importDecisions(@RequestParam(required = false) MultipartFile file,
                           @RequestParam(defaultValue = "false") boolean reviewedWholeFile, Model model) {
        model.addAttribute("ledger", DecisionImport.LEDGER);
        if (file == null || file.isEmpty()) {
            return forms.refused(model, RuleViolation.onField("file", "enforcement.record.empty"),
                    () -> "enforcement/import");
        }
        return forms.submit(model, () -> {
            try {
                model.addAttribute("report", decisionImport.importFile(file, reviewedWholeFile));
                model.addAttribute("reviewed", reviewedWholeFile);
            } catch (org.fazhi.ledger.UnsupportedLedgerFile e) {
                throw RuleViolation.onField("file", "enforcement.import.fileType");
            }
            return "enforcement/import";
        }, () -> "enforcement/import");
    }

    @PostMapping("/enforcement/cases/{id}/persons")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String addPerson(@PathVariable long id, @RequestParam(required = false) PersonRole role,
                     @RequestParam(required = false) String name, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            persons.add(id, role, name);
            redirect.addFlashAttribute("success", "enforcement.person.added");
            return "redirect:/enforcement/cases/" + id + "#persons";
        }, () -> detail(id, model));
    }

    @PostMapping("/enforcement/cases/{id}/persons/{personId}/delete")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String removePerson(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        persons.remove(id, personId);
        redirect.addFlashAttribute("success", "enforcement.person.removed");
        return "redirect:/enforcement/cases/" + id + "#persons";
    }

    @PostMapping("/enforcement/cases/{id}/proposal")
    @PreAuthorize("hasAuthority('ENFORCEMENT_WRITE')")
    String propose(@PathVariable long id, @RequestParam(required = false) Set<PenaltyKind> kinds,
                   @RequestParam(required = false) BigDecimal fine, @RequestParam(required = false) String text,
                   @RequestParam(required = false) BigDecimal gains,
                   @RequestParam(required = false) BigDecimal propertyValue,
                   RedirectAttributes redirect, Model model) {
        return act(id, () -> cases.propose(id, kinds == null ? EnumSet.noneOf(PenaltyKind.class) : kinds, fine,
                Confiscation.of(gains, propertyValue), text), "enforcement.proposed", null, redirect, model);
    }

    @PostMapping("/enforcement/cases/{id}/approvals")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','CASE_APPROVE','LEGAL_REVIEW')")
    String approve(@PathVariable long id, @RequestParam(required = false) ApprovalStage stage,
                   @RequestParam(defaultValue = "true") boolean agree, @RequestParam(required = false) String opinion,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   RedirectAttributes redirect, Model model) {
        return act(id, () -> approvals.approve(id, stage, agree, opinion, on), "enforcement.approved", null, redirect,
                model);
    }

    @PostMapping("/enforcement/cases/{id}/steps/{step}")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_WRITE','CASE_APPROVE','LEGAL_REVIEW')")
    String step(@PathVariable long id, @PathVariable Step step,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) List<Long> officerIds, @RequestParam(required = false) String note,
                @RequestParam(required = false) Set<PenaltyKind> kinds, @RequestParam(required = false) BigDecimal fine,
                @RequestParam(required = false) String text, @RequestParam(required = false) Outcome outcome,
                @RequestParam(required = false) Boolean passed, @RequestParam(required = false) String opinion,
                @RequestParam(required = false) String counselOpinion,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hearingOn,
                @RequestParam(required = false) Boolean noShow, @RequestParam(required = false) String method,
                @RequestParam(required = false) BigDecimal amount,
                @RequestParam(required = false) Integer days, @RequestParam(required = false) BigDecimal gains,
                @RequestParam(required = false) BigDecimal propertyValue,
                @RequestParam(required = false) RemedyKind remedy, @RequestParam(required = false) RemedyResult result,
                RedirectAttributes redirect, Model model) {
        CaseService.StepInput in = new CaseService.StepInput(on, officerIds == null ? List.of() : officerIds, note,
                kinds, fine, text, outcome, passed, opinion, counselOpinion, hearingOn, noShow, method, amount,
                remedy, days, Confiscation.of(gains, propertyValue), result);
        return act(id, () -> cases.act(id, step, in), "enforcement.done", step, redirect, model);
    }

    private String act(long id, Runnable work, String success, Step step, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            work.run();
            redirect.addFlashAttribute("success", success);
            if (step != null) {
                redirect.addFlashAttribute("doneStep", "enforcement.step." + step);
            }
            return "redirect:/enforcement/cases/" + id;
        }, () -> detail(id, model));
    }
}
