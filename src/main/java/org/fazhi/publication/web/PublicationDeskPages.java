package org.fazhi.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.audit.AuditTrail;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.internal.Publication;
import org.fazhi.publication.internal.PublicationFiguresQuery;
import org.fazhi.publication.internal.PublicationRepository;
import org.fazhi.publication.internal.PublicationService;
import org.fazhi.publication.internal.PublicationStatus;
import org.fazhi.publication.internal.WithholdingGround;
import org.fazhi.shared.web.FormPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公示台 — the judicial office's publication desk: what is due, what is late, what waits for withdrawal, what was
 * withdrawn and why, what is withheld and why (staff only); the reviewer confirms redacted texts, withholds decisions
 * that must not be published and withdraws revoked ones.
 */
@Controller
@RequestMapping("/publications")
class PublicationDeskPages {

    /** The desk's tabs: which statuses each shows. */
    enum Tab {
        PENDING(EnumSet.of(PublicationStatus.PENDING_REVIEW)),
        PUBLISHED(EnumSet.of(PublicationStatus.PUBLISHED)),
        WITHDRAWN(EnumSet.of(PublicationStatus.WITHDRAWN, PublicationStatus.CANCELLED)),
        WITHHELD(EnumSet.of(PublicationStatus.WITHHELD)),
        OTHER(EnumSet.of(PublicationStatus.TAKEN_DOWN)),
        /** Published decisions since revoked: to be withdrawn from the public list */
        AWAITING_WITHDRAWAL(EnumSet.of(PublicationStatus.PUBLISHED));

        final Set<PublicationStatus> statuses;

        Tab(Set<PublicationStatus> statuses) {
            this.statuses = statuses;
        }
    }

    private final PublicationRepository publications;
    private final PublicationService service;
    private final PublicationStatistics statistics;
    private final PublicationFiguresQuery counted;
    private final AuditTrail audit;
    private final Clock clock;
    private final FormPages forms;

    PublicationDeskPages(PublicationRepository publications, PublicationService service,
                         PublicationStatistics statistics, PublicationFiguresQuery counted, AuditTrail audit,
                         Clock clock, FormPages forms) {
        this.counted = counted;
        this.forms = forms;
        this.publications = publications;
        this.service = service;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    String desk(@RequestParam(defaultValue = "PENDING") Tab tab, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) PublicationFigures.Count count,
                @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        PageRequest request = PageRequest.of(Math.max(page, 0), 20);
        Page<Publication> result;
        if (year != null) {
            // the decisions behind a figure of the year: counted by the statistics' own rule, so list and figure agree
            result = slice(counted.counted(year, null, count), request);
        } else if (tab == Tab.AWAITING_WITHDRAWAL) {
            result = slice(publications.awaitingWithdrawal(), request);
        } else {
            result = publications.desk(tab.statuses, org.fazhi.shared.Like.containing(q), request.withSort(
                    Sort.by(Sort.Direction.ASC, "publicationDueOn").and(Sort.by("id"))));
        }
        model.addAttribute("year", year);
        model.addAttribute("count", count);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", Tab.values());
        model.addAttribute("q", q);
        model.addAttribute("page", result);
        model.addAttribute("today", today);
        model.addAttribute("awaitingWithdrawal", publications.awaitingWithdrawal());
        model.addAttribute("figures", deskFigures(statistics.figures(today.getYear(), null),
                org.fazhi.shared.web.Period.thisYear(today)));
        return "publication/desk";
    }

    /** The dashboard's figures of the year and the desk's own: withdrawn, withheld, revoked. */
    private static List<org.fazhi.shared.web.Figure> deskFigures(PublicationFigures f,
                                                                 org.fazhi.shared.web.Period year) {
        String desk = "/publications?year=" + year.year() + "&count=";
        List<org.fazhi.shared.web.Figure> figures = new java.util.ArrayList<>(PublicationDashboard.yearFigures(f,
                year));
        figures.add(org.fazhi.shared.web.Figure.count("fig-withdrawn", "publication.figures.withdrawn",
                f.withdrawn(), year, desk + PublicationFigures.Count.WITHDRAWN));
        figures.add(org.fazhi.shared.web.Figure.count("fig-withheld", "publication.figures.withheld", f.withheld(),
                year, desk + PublicationFigures.Count.WITHHELD));
        figures.add(org.fazhi.shared.web.Figure.count("fig-revoked", "publication.figures.revoked", f.revoked(),
                year, desk + PublicationFigures.Count.REVOKED));
        return figures;
    }

    private static Page<Publication> slice(List<Publication> all, PageRequest request) {
        return new PageImpl<>(all.stream().skip(request.getOffset()).limit(request.getPageSize()).toList(), request,
                all.size());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    String detail(@PathVariable long id, Model model) {
        Publication p = service.get(id);
        model.addAttribute("p", p);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("history", audit.historyOf(Publication.class, p.getId()));
        model.addAttribute("grounds", WithholdingGround.values());
        return "publication/detail";
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String revise(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String violation,
                  @RequestParam(required = false) String basis, @RequestParam(required = false) String penalty,
                  RedirectAttributes redirect, Model model) {
        return act(id, redirect, model, "publication.revised", () -> service.revise(id, title, violation, basis,
                penalty));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String confirm(@PathVariable long id, RedirectAttributes redirect, Model model) {
        return act(id, redirect, model, "publication.published", () -> service.confirm(id));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String revoke(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        return act(id, redirect, model, "publication.revokedSaved", () -> service.revoke(id, revokedOn, reason));
    }

    @PostMapping("/{id}/withhold")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String withhold(@PathVariable long id, @RequestParam(required = false) WithholdingGround ground,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        return act(id, redirect, model, "publication.withheld", () -> service.withhold(id, ground, reason));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect, Model model) {
        return act(id, redirect, model, "publication.withdrawn", () -> service.withdraw(id));
    }

    private String act(long id, RedirectAttributes redirect, Model model, String success, Runnable action) {
        return forms.submit(model, () -> {
            action.run();
            redirect.addFlashAttribute("success", success);
            return "redirect:/publications/" + id;
        }, () -> detail(id, model));
    }
}
