package org.fazhi.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.internal.Publication;
import org.fazhi.publication.internal.PublicationRepository;
import org.fazhi.publication.internal.PublicationService;
import org.fazhi.publication.internal.PublicationStatus;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.fazhi.shared.web.WorkItem;
import org.fazhi.shared.web.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard block of 执法公示: this year's figures from {@link PublicationStatistics} (by decision date: due, on
 * time, late, the on-time rate of those due), what waits today, and the work list of the publications and withdrawals
 * waiting, by their clocks. Every figure leads to the desk listing the decisions it counts.
 */
@Controller
class PublicationDashboard {

    private final PublicationStatistics statistics;
    private final PublicationRepository publications;
    private final PublicationService service;
    private final MessageSource messages;
    private final Clock clock;

    PublicationDashboard(PublicationStatistics statistics, PublicationRepository publications,
                         PublicationService service, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.publications = publications;
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    /** The year's figures as the dashboard and the desk show them, each leading to the decisions it counts. */
    static List<Figure> yearFigures(PublicationFigures f, Period year) {
        String desk = "/publications?year=" + year.year() + "&count=";
        return List.of(
                Figure.count("publication-due", "publication.figures.due", f.due(), year,
                        desk + PublicationFigures.Count.DUE),
                Figure.count("publication-on-time", "publication.figures.onTime", f.publishedOnTime(), year,
                        desk + PublicationFigures.Count.ON_TIME),
                Figure.count("publication-late", "publication.figures.late", f.publishedLate(), year,
                        desk + PublicationFigures.Count.LATE).alertWhen(f.publishedLate() > 0),
                Figure.percent("publication-rate", "publication.dashboard.rate", f.onTimeRate(), year,
                        desk + PublicationFigures.Count.DUE));
    }

    @GetMapping("/dashboard/sections/publications")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    String section(Model model) {
        LocalDate today = LocalDate.now(clock);
        Period now = Period.asOf(today);
        List<Publication> pending = publications.desk(EnumSet.of(PublicationStatus.PENDING_REVIEW), null,
                Pageable.unpaged()).getContent();
        List<Publication> withdrawals = publications.awaitingWithdrawal();
        List<Figure> figures = new ArrayList<>(yearFigures(statistics.figures(today.getYear(), null),
                Period.thisYear(today)));
        figures.add(Figure.count("publication-pending", "publication.tab.PENDING", pending.size(), now,
                "/publications?tab=PENDING"));
        figures.add(Figure.count("publication-withdrawal", "publication.dashboard.awaitingWithdrawal",
                withdrawals.size(), now, "/publications?tab=AWAITING_WITHDRAWAL")
                .alertWhen(!withdrawals.isEmpty()));
        model.addAttribute("figures", figures);
        List<WorkItem> items = new ArrayList<>();
        for (Publication p : pending) {
            item(p, "publication.work.publish").ifPresent(items::add);
        }
        for (Publication p : withdrawals) {
            item(p, "publication.work.withdraw").ifPresent(items::add);
        }
        model.addAttribute("work", WorkList.of(items, today, Map.of(
                WorkItem.Urgency.OVERDUE, "/publications?tab=PENDING",
                WorkItem.Urgency.DUE_SOON, "/publications?tab=PENDING",
                WorkItem.Urgency.LATER, "/publications?tab=PENDING"), "/publications?tab=PENDING"));
        return "publication/dashboard :: section";
    }

    private java.util.Optional<WorkItem> item(Publication p, String what) {
        String label = p.getCaseNumber() + " · " + messages.getMessage(what, null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return service.pendingClock(p).flatMap(c -> DeadlineBadge.workItem(c, label, "/publications/" + p.getId(),
                messages));
    }
}
