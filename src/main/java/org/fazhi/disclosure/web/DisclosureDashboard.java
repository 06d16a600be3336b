package org.fazhi.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.disclosure.internal.ApplicationQueries;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.fazhi.shared.web.WorkItem;
import org.fazhi.shared.web.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard section of 政务公开: the figures of {@link ApplicationQueries.Figures} (open and overdue today,
 * answered this year and the on-time rate of those due), the catalogue items past their publication deadline, and
 * the work list of the open applications and unpublished items by their clocks — each figure and item a link.
 */
@Controller
class DisclosureDashboard {

    static final String APPLICATIONS = ApplicationPages.BASE;

    private final ApplicationQueries queries;
    private final CatalogueService catalogue;
    private final MessageSource messages;
    private final Clock clock;

    DisclosureDashboard(ApplicationQueries queries, CatalogueService catalogue, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /** The application figures of the year, each leading to the applications it counts. */
    static List<Figure> applicationFigures(ApplicationQueries.Figures f, LocalDate today) {
        Period now = Period.asOf(today);
        Period year = Period.thisYear(today);
        String list = APPLICATIONS + "?year=" + f.year() + "&count=";
        return List.of(
                Figure.count("disclosure-open", "disclosure.dashboard.open", f.open(), now,
                        list + ApplicationQueries.Count.OPEN),
                Figure.count("disclosure-overdue", "disclosure.dashboard.overdue", f.overdue(), now,
                        list + ApplicationQueries.Count.OVERDUE).alertWhen(f.overdue() > 0),
                Figure.count("disclosure-answered", "disclosure.dashboard.answered", f.answered(), year,
                        list + ApplicationQueries.Count.ANSWERED),
                Figure.percent("disclosure-ontime", "disclosure.dashboard.onTime", f.onTimeRate(), year,
                        list + ApplicationQueries.Count.DUE));
    }

    @GetMapping("/disclosure/dashboard")
    @PreAuthorize("hasAuthority('DISCLOSURE_READ')")
    String section(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<CatalogueService.ItemClock> unpublished = catalogue.unpublished();
        long itemsLate = unpublished.stream()
                .filter(i -> i.clock() != null && i.clock().status() == DeadlineStatus.OVERDUE).count();
        List<Figure> figures = new ArrayList<>(applicationFigures(queries.figures(today.getYear()), today));
        figures.add(Figure.count("disclosure-items-late", "disclosure.dashboard.itemsLate", itemsLate,
                Period.asOf(today), "/disclosure/items?state=OVERDUE").alertWhen(itemsLate > 0));
        model.addAttribute("figures", figures);
        List<WorkItem> items = new ArrayList<>();
        for (ApplicationQueries.Row r : queries.openRows()) {
            if (r.clock() != null) {
                DeadlineBadge.workItem(r.clock(), r.application().caseNumber(),
                        APPLICATIONS + "/" + r.application().getId(), messages).ifPresent(items::add);
            }
        }
        for (CatalogueService.ItemClock i : unpublished) {
            if (i.clock() != null) {
                DeadlineBadge.workItem(i.clock(), i.item().title(), "/disclosure/items/" + i.item().getId(),
                        messages).ifPresent(items::add);
            }
        }
        String open = APPLICATIONS + "?year=" + today.getYear() + "&count=" + ApplicationQueries.Count.OPEN;
        model.addAttribute("work", WorkList.of(items, today, Map.of(
                WorkItem.Urgency.OVERDUE, APPLICATIONS + "?year=" + today.getYear() + "&count="
                        + ApplicationQueries.Count.OVERDUE,
                WorkItem.Urgency.DUE_SOON, open, WorkItem.Urgency.LATER, open), open));
        return "disclosure/dashboard :: section";
    }
}
