package org.fazhi.officer.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.officer.internal.CertificateRegisterQuery;
import org.fazhi.officer.internal.CertificateService;
import org.fazhi.officer.internal.EnforcementCertificate;
import org.fazhi.officer.internal.EnforcementOfficer;
import org.fazhi.officer.internal.ExamResult;
import org.fazhi.officer.internal.OfficerService;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.deadline.ClockSubject;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** 执法人员页面 — the register with filters and paging, an officer's page with the certificate lifecycle. */
@Controller
class OfficerPages {

    static final int PAGE_SIZE = 20;

    private final OfficerService officers;
    private final CertificateService certificates;
    private final CertificateRegisterQuery register;
    private final DataScope dataScope;
    private final AuditTrail audit;
    private final DeadlineEngine deadlines;
    private final Clock clock;
    private final OfficerListing listing;
    private final FormPages forms;

    OfficerPages(OfficerService officers, CertificateService certificates, CertificateRegisterQuery register,
                 DataScope dataScope, AuditTrail audit, DeadlineEngine deadlines, Clock clock, OfficerListing listing,
                 FormPages forms) {
        this.forms = forms;
        this.listing = listing;
        this.officers = officers;
        this.certificates = certificates;
        this.register = register;
        this.dataScope = dataScope;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Entries {
        @Bean
        NavItem officerNav() {
            return new NavItem("nav.group.enforcement", "officer.nav", "/officers", "OFFICER_READ", "officers", 10);
        }

        /** A certificate's expiry clock in the deadline register: read with OFFICER_READ, linked to its officer. */
        @Bean
        ClockSubject certificateClockSubject() {
            return new ClockSubject(CertificateService.CLOCK_SUBJECT, "OFFICER_READ", "/officers/certificates/{id}");
        }

        @Bean
        PublicServiceCard officerCard() {
            return new PublicServiceCard("officer.portal.title", "officer.portal.description", "officers", 20);
        }
    }

    @GetMapping("/officers")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(defaultValue = "ALL") OfficerListing.Validity validity,
                @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page,
                Model model) {
        LocalDate today = LocalDate.now(clock);
        List<CertificateRegisterQuery.Row> rows = listing.rows(q, unit, validity, sort);
        int p = Math.max(page, 0);
        List<CertificateRegisterQuery.Row> slice = rows.stream().skip((long) p * PAGE_SIZE).limit(PAGE_SIZE).toList();
        model.addAttribute("page", new PageImpl<>(slice, PageRequest.of(p, PAGE_SIZE), rows.size()));
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("validity", validity);
        model.addAttribute("validities", OfficerListing.Validity.values());
        model.addAttribute("sort", sort);
        model.addAttribute("soon", today.plusDays(OfficerListing.EXPIRING_DAYS));
        model.addAttribute("units", officers.unitsForOfficers());
        model.addAttribute("unitNames", listing.unitNames());
        model.addAttribute("exams", ExamResult.values());
        model.addAttribute("exportUrl", UriComponentsBuilder.fromPath("/api/v1/officers/export.xlsx")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
                .queryParam("validity", validity).queryParam("sort", sort).encode().build().toUriString());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/officers")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
                .queryParam("validity", validity).queryParam("sort", sort).encode().build().toUriString());
        return "officer/list";
    }

    @PostMapping("/officers")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    String register(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
                    @RequestParam(required = false) Long unitId, @RequestParam(required = false) String category,
                    @RequestParam(required = false) ExamResult examResult,
                    @RequestParam(required = false) String username, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            EnforcementOfficer o = officers.register(new OfficerService.NewOfficer(name, idNumber, unitId, category,
                    examResult, username));
            redirect.addFlashAttribute("success", "officer.registered");
            return "redirect:/officers/" + o.getId();
        }, () -> list(null, null, OfficerListing.Validity.ALL, "name", 0, model));
    }

    /** A certificate's page is its officer's (where the deadline register's links lead). */
    @GetMapping("/officers/certificates/{id}")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    String certificate(@PathVariable long id) {
        return "redirect:/officers/" + certificates.certificate(id).getOfficerId();
    }

    @GetMapping("/officers/{id}")
    @PreAuthorize("hasAuthority('OFFICER_READ')")
    String detail(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        EnforcementOfficer o = officers.officer(id);
        List<EnforcementCertificate> certs = certificates.certificatesOf(id);
        model.addAttribute("o", o);
        model.addAttribute("today", today);
        model.addAttribute("validNow", register.isValidOn(id, today));
        model.addAttribute("certificates", certs);
        model.addAttribute("events", certificates.eventsOf(id));
        model.addAttribute("training", officers.trainingOf(id));
        model.addAttribute("unitName", listing.unitNames().getOrDefault(o.getHolderUnitId(), ""));
        model.addAttribute("clocks", certs.stream().flatMap(c -> deadlines.ofSubject(CertificateService.CLOCK_SUBJECT,
                String.valueOf(c.getId())).stream()).toList());
        model.addAttribute("history", audit.historyOf(EnforcementOfficer.class, o.getId()));
        return "officer/detail";
    }

    @PostMapping("/officers/{id}/certificates")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    String apply(@PathVariable long id, @RequestParam(required = false) String number,
                 @RequestParam(required = false) String category,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                 RedirectAttributes redirect, Model model) {
        return act(id, () -> certificates.apply(id, number, category, on, validUntil), "officer.applied", redirect,
                model);
    }

    @PostMapping("/officers/{id}/certificates/{certificateId}/{action}")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    String lifecycle(@PathVariable long id, @PathVariable long certificateId, @PathVariable String action,
                     @RequestParam(required = false) String newNumber,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                     @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        if (certificates.certificate(certificateId).getOfficerId() != id) {
            throw new org.fazhi.shared.NotFound("certificate", certificateId);
        }
        return switch (action) {
            case "renew" -> act(id, () -> certificates.renew(certificateId, newNumber, on, validUntil),
                    "officer.renewed", redirect, model);
            case "cancel" -> act(id, () -> certificates.cancel(certificateId, on, reason), "officer.cancelled",
                    redirect, model);
            case "clear" -> act(id, () -> certificates.clear(certificateId, on, reason), "officer.cleared", redirect,
                    model);
            default -> throw new org.fazhi.shared.NotFound("action", action);
        };
    }

    @PostMapping("/officers/{id}/training")
    @PreAuthorize("hasAuthority('OFFICER_MANAGE')")
    String training(@PathVariable long id, @RequestParam(defaultValue = "0") int year,
                    @RequestParam(required = false) BigDecimal hours, RedirectAttributes redirect, Model model) {
        return act(id, () -> officers.recordTraining(id, year, hours), "officer.trainingSaved", redirect, model);
    }

    private String act(long id, Runnable work, String success, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            work.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/officers/" + id;
        }, () -> detail(id, model));
    }
}
