package org.fazhi.disclosure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.ApplicantType;
import org.fazhi.disclosure.internal.ApplicationAction;
import org.fazhi.disclosure.internal.ApplicationQueries;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.ApplicationStatus;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.ConsultationKind;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.DisclosurePeriods;
import org.fazhi.disclosure.internal.DocumentService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 依申请公开 pages of the staff console: the list of applications, the registration of an application received in
 * person, by mail or by fax, and the application page with its clock, the steps the procedure allows now, the
 * generated documents and the audit history. Every step goes through {@link ApplicationService}, which checks the
 * input and the procedure; a refused form comes back with the messages and what was typed.
 */
@Controller
class ApplicationPages {

    static final String BASE = "/disclosure/applications";
    /** The channels staff register (online applications come from the portal). */
    static final List<Channel> STAFF_CHANNELS = List.of(Channel.IN_PERSON, Channel.REGISTERED_MAIL,
            Channel.ORDINARY_MAIL, Channel.FAX);
    /** Status tag colours (Bootstrap), the text always says the status. */
    static final Map<ApplicationStatus, String> TONES = Map.of(ApplicationStatus.PROCESSING, "text-bg-primary",
            ApplicationStatus.AWAITING_SUPPLEMENT, "text-bg-warning", ApplicationStatus.CONSULTING, "text-bg-info",
            ApplicationStatus.AWAITING_FEE, "text-bg-warning", ApplicationStatus.DECIDED, "text-bg-success");

    private final ApplicationService service;
    private final ApplicationQueries queries;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final FormPages forms;

    ApplicationPages(ApplicationService service, ApplicationQueries queries, OrgDirectory directory,
                     DataScope dataScope, AuditTrail audit, MessageSource messages, FormPages forms) {
        this.forms = forms;
        this.service = service;
        this.queries = queries;
        this.directory = directory;
        this.dataScope = dataScope;
        this.audit = audit;
        this.messages = messages;
    }

    /** A list row: the application, the applicant as the user may see it, and the clock's badge. */
    record Row(DisclosureApplication a, String applicant, DeadlineBadge clock) {
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String list(@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "RECEIVED") ApplicationQueries.SortBy sort,
                @RequestParam(defaultValue = "true") boolean desc, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) ApplicationQueries.Count count, Model model) {
        String keyword = q == null || q.isBlank() ? null : q.strip();
        if (keyword != null && keyword.length() > 100) {
            keyword = keyword.substring(0, 100);
        }
        Page<ApplicationQueries.Row> result;
        if (count != null) {
            // the applications behind a dashboard figure, by the figure's own rule
            List<ApplicationQueries.Row> all = queries.counted(year == null ? queries.thisYear() : year, count);
            var request = org.springframework.data.domain.PageRequest.of(Math.max(page, 0),
                    ApplicationQueries.PAGE_SIZE);
            result = new org.springframework.data.domain.PageImpl<>(all.stream().skip(request.getOffset())
                    .limit(request.getPageSize()).toList(), request, all.size());
        } else {
            result = queries.search(status, keyword, from, to, page, sort, desc);
        }
        model.addAttribute("count", count);
        model.addAttribute("countYear", count == null ? null : String.valueOf(year == null ? queries.thisYear()
                : year));
        model.addAttribute("page", result);
        model.addAttribute("rows", result.getContent().stream().map(r -> new Row(r.application(),
                applicant(r.application()), badge(r.clock()))).toList());
        model.addAttribute("status", status);
        model.addAttribute("q", keyword);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("tones", TONES);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        Optional.ofNullable(status).ifPresent(v -> query.queryParam("status", v));
        Optional.ofNullable(keyword).ifPresent(v -> query.queryParam("q", v));
        Optional.ofNullable(from).ifPresent(v -> query.queryParam("from", v));
        Optional.ofNullable(to).ifPresent(v -> query.queryParam("to", v));
        Optional.ofNullable(count).ifPresent(v -> query.queryParam("year", year == null ? queries.thisYear() : year)
                .queryParam("count", v));
        String fq = Optional.ofNullable(query.encode().build().getQuery()).orElse("");
        model.addAttribute("filterQuery", fq);
        model.addAttribute("filtered", !fq.isEmpty());
        model.addAttribute("base", BASE + "?" + fq + (fq.isEmpty() ? "" : "&") + "sort=" + sort + "&desc=" + desc);
        return "disclosure/applications";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String newForm(Model model) {
        model.addAttribute("channels", STAFF_CHANNELS);
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("today", today());
        return "disclosure/application-new";
    }

    @PostMapping(BASE)
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String register(@RequestParam Map<String, String> p, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            DisclosureApplication a = service.register(p.get("receivedOn"), p.get("channel"),
                    new ApplicationService.ApplicantInput(p.get("applicantType"), p.get("applicantName"),
                            p.get("idNumber"), p.get("phone"), p.get("address"), p.get("content"),
                            p.get("delivery")));
            redirect.addFlashAttribute("success", "disclosure.app.registered");
            return "redirect:" + BASE + "/" + a.getId();
        }, () -> newForm(model));
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String detail(@PathVariable long id, Model model) {
        DisclosureApplication a = service.get(id);
        DeadlineView clock = service.clockOf(a).orElse(null);
        boolean personal = DisclosureApplication.APPLICANT_DATA.readsInClear(a);
        PartyData applicant = a.applicantAsSeen();
        boolean handles = personal && dataScope.canWriteHeldBy(a.getHolderUnitId());
        model.addAttribute("a", a);
        model.addAttribute("clock", badge(clock));
        model.addAttribute("dueOn", ApplicationJson.dueOn(a, clock));
        model.addAttribute("tones", TONES);
        model.addAttribute("personal", personal);
        model.addAttribute("applicant", applicant.name());
        model.addAttribute("idNumber", applicant.idNumber());
        model.addAttribute("phone", applicant.phone());
        model.addAttribute("holder", directory.find(a.getHolderUnitId()).map(OrgUnitView::name).orElse(""));
        boolean lapsed = a.consultationLapsed(clock, today());
        java.util.Set<ApplicationAction> actions = java.util.EnumSet.noneOf(ApplicationAction.class);
        if (handles) {
            actions.addAll(a.allowedActions());
        }
        if (a.status() == ApplicationStatus.CONSULTING && !lapsed) {
            // the decision waits for the consulted party's answer or the end of its 15 working days (arts. 32, 34)
            actions.remove(ApplicationAction.DECISION);
        }
        model.addAttribute("actions", actions);
        model.addAttribute("consultationEndsBy", a.consultation().endsBy(clock));
        model.addAttribute("consultationLapsed", lapsed);
        model.addAttribute("outcomes", outcomeGroups(a.allowedOutcomes()));
        model.addAttribute("documents", Arrays.stream(DocumentService.Kind.values())
                .filter(k -> DocumentService.available(a, k)).toList());
        model.addAttribute("history", audit.historyOf(DisclosureApplication.class, id));
        model.addAttribute("today", today());
        model.addAttribute("maxExtension", DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS);
        model.addAttribute("consultationKinds", ConsultationKind.values());
        return "disclosure/application";
    }

    @PostMapping(BASE + "/{id}/supplement-request")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String supplementRequest(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                             Model model) {
        List<String> items = p.get("items") == null ? List.of() : p.get("items").lines().toList();
        return step(id, "SUPPLEMENT_REQUEST", redirect, model,
                () -> service.requestSupplement(id, p.get("sentOn"), items, p.get("supplementDueOn")));
    }

    @PostMapping(BASE + "/{id}/supplement-received")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String supplementReceived(@PathVariable long id, @RequestParam Map<String, String> p,
                              RedirectAttributes redirect, Model model) {
        return step(id, "SUPPLEMENT_RECEIVED", redirect, model,
                () -> service.receiveSupplement(id, p.get("receivedOn")));
    }

    @PostMapping(BASE + "/{id}/extension")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String extension(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                     Model model) {
        return step(id, "EXTENSION", redirect, model, () -> service.extend(id, p.get("decidedOn"),
                p.get("approvedBy"), p.get("reason"), whole("days", p.get("days"), "disclosure.extension.days",
                DisclosurePeriods.MAX_EXTENSION_WORKING_DAYS)));
    }

    @PostMapping(BASE + "/{id}/consultation")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String consultation(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                        Model model) {
        String which = p.get("startedOn") == null ? "CONSULTATION_END" : "CONSULTATION_START";
        return step(id, which, redirect, model, () -> service.consult(id, p.get("startedOn"), p.get("endedOn"),
                p.get("consulted"), p.get("kind")));
    }

    @PostMapping(BASE + "/{id}/fee-notice")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String feeNotice(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                     Model model) {
        return step(id, "FEE_NOTICE", redirect, model, () -> service.noticeFee(id, p.get("noticeOn"),
                p.get("noticeReceivedOn"), p.get("method"), whole("quantity", p.get("quantity"),
                "disclosure.fee.pages"), amount(p.get("amount"))));
    }

    @PostMapping(BASE + "/{id}/fee-paid")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String feePaid(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                   Model model) {
        return step(id, "FEE_PAID", redirect, model, () -> service.payFee(id, p.get("paidOn")));
    }

    @PostMapping(BASE + "/{id}/decision")
    @PreAuthorize("hasAuthority('DISCLOSURE_WRITE')")
    String decision(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect,
                    Model model) {
        return step(id, "DECISION", redirect, model, () -> service.decide(id, p.get("decidedOn"), p.get("outcome"),
                p.get("reason")));
    }

    private String step(long id, String action, RedirectAttributes redirect, Model model, Runnable step) {
        return forms.submit(model, () -> {
            step.run();
            redirect.addFlashAttribute("success", "disclosure.app.saved");
            return "redirect:" + BASE + "/" + id;
        }, () -> {
            // the refused step's form stays open with what was typed
            model.addAttribute("openStep", action);
            return detail(id, model);
        });
    }

    /** The decision's outcomes grouped as the rows of table 三 of the national report. */
    private static Map<String, List<Outcome>> outcomeGroups(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.group().label(), g -> new java.util.ArrayList<>()).add(o));
        return groups;
    }

    private String applicant(DisclosureApplication a) {
        return a.applicantAsSeen().name();
    }

    private DeadlineBadge badge(DeadlineView clock) {
        return clock == null ? null : DeadlineBadge.of(clock, messages);
    }

    /** A whole number typed in a form; anything else is the field's problem. */
    private static Integer whole(String field, String text, String key, Object... args) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField(field, key, args);
        }
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField("amount", Input.MONEY);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(FazhiApplication.ZONE);
    }
}
