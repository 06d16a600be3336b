package org.fazhi.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.internal.PublicationRepository;
import org.fazhi.publication.internal.PublicationStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard block: this year's on-time rate and what waits for publication. */
@Controller
class PublicationDashboard {

    private final PublicationStatistics statistics;
    private final PublicationRepository publications;
    private final Clock clock;

    PublicationDashboard(PublicationStatistics statistics, PublicationRepository publications, Clock clock) {
        this.statistics = statistics;
        this.publications = publications;
        this.clock = clock;
    }

    @GetMapping("/dashboard/sections/publications")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    String section(Model model) {
        LocalDate today = LocalDate.now(clock);
        PublicationFigures f = statistics.figures(today.getYear(), null);
        long decided = f.publishedOnTime() + f.publishedLate();
        model.addAttribute("figures", f);
        model.addAttribute("year", today.getYear());
        model.addAttribute("rate", decided == 0 ? null
                : java.math.BigDecimal.valueOf(f.publishedOnTime() * 100.0 / decided)
                        .setScale(2, java.math.RoundingMode.HALF_UP));
        model.addAttribute("pending", publications.desk(EnumSet.of(PublicationStatus.PENDING_REVIEW), null,
                PageRequest.of(0, 5, Sort.by("publicationDueOn"))));
        model.addAttribute("awaitingWithdrawal", publications.awaitingWithdrawal().size());
        model.addAttribute("today", today);
        return "publication/dashboard :: section";
    }
}
