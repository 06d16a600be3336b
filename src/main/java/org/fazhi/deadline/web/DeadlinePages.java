package org.fazhi.deadline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.internal.ClockSubjects;
import org.fazhi.deadline.internal.DeadlineQueries;
import org.fazhi.deadline.internal.DeadlineQueries.StatusFilter;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.fazhi.shared.web.WorkItem;
import org.fazhi.shared.web.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 期限提醒页面 — the dashboard section (the user's own and their unit's clocks as a work list: overdue of the last
 * days, due soon, the rest; each a link to its record) and the full list with filters and paging.
 */
@Controller
class DeadlinePages {

    static final int PAGE_SIZE = 20;

    private final DeadlineQueries queries;
    private final ClockSubjects subjects;
    private final MessageSource messages;
    private final OrgDirectory directory;
    private final Clock clock;

    DeadlinePages(DeadlineQueries queries, ClockSubjects subjects, MessageSource messages, OrgDirectory directory,
                  Clock clock) {
        this.queries = queries;
        this.subjects = subjects;
        this.messages = messages;
        this.directory = directory;
        this.clock = clock;
    }

    /** A clock as a table row shows it: the period in words, the badge's hover text, the holding unit's name. */
    record Row(DeadlineView d, String period, String hover, String holder, String link) {
    }

    @GetMapping("/deadlines/fragment")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    String section(Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate recent = WorkList.recentOverdueFrom(today);
        Page<DeadlineView> overdue = queries.mine(StatusFilter.OVERDUE, recent, null, WorkList.ITEMS_PER_GROUP);
        Page<DeadlineView> dueSoon = queries.mine(StatusFilter.DUE_SOON, null, null, WorkList.ITEMS_PER_GROUP);
        Page<DeadlineView> later = queries.mine(StatusFilter.LATER, null, null, WorkList.ITEMS_PER_GROUP);
        long older = queries.count(new DeadlineQueries.Filter(StatusFilter.OVERDUE, true, null, null,
                recent.minusDays(1)));
        String overdueHref = list(StatusFilter.OVERDUE, recent, null);
        String dueSoonHref = list(StatusFilter.DUE_SOON, null, null);
        String laterHref = list(StatusFilter.LATER, null, null);
        List<WorkList.Group> groups = new ArrayList<>();
        groups.add(group(WorkItem.Urgency.OVERDUE, overdue, overdueHref));
        groups.add(group(WorkItem.Urgency.DUE_SOON, dueSoon, dueSoonHref));
        groups.add(group(WorkItem.Urgency.LATER, later, laterHref));
        Period now = Period.asOf(today);
        model.addAttribute("figures", List.of(
                Figure.count("deadline-overdue", "deadline.figure.overdue", overdue.getTotalElements(), now,
                        overdueHref).alertWhen(overdue.getTotalElements() > 0),
                Figure.count("deadline-due-soon", "deadline.figure.dueSoon", dueSoon.getTotalElements(), now,
                        dueSoonHref),
                Figure.count("deadline-later", "deadline.figure.later", later.getTotalElements(), now, laterHref)));
        model.addAttribute("work", new WorkList(groups, older, list(StatusFilter.OVERDUE, null, recent.minusDays(1))));
        return "calendar/deadlines-fragment";
    }

    private WorkList.Group group(WorkItem.Urgency urgency, Page<DeadlineView> page, String href) {
        return new WorkList.Group(urgency, page.getContent().stream()
                .flatMap(d -> DeadlineBadge.workItem(d, d.title(), subjects.linkOf(d).orElse(null), messages)
                        .stream()).toList(), page.getTotalElements(), href);
    }

    /** The deadlines page with the user's own clocks of one status, due between two days. */
    private static String list(StatusFilter status, LocalDate dueFrom, LocalDate dueTo) {
        return UriComponentsBuilder.fromPath("/deadlines").queryParam("mine", true).queryParam("status", status)
                .queryParamIfPresent("dueFrom", Optional.ofNullable(dueFrom))
                .queryParamIfPresent("dueTo", Optional.ofNullable(dueTo)).build().toUriString();
    }

    @GetMapping("/deadlines")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    String list(@RequestParam(defaultValue = "OPEN") StatusFilter status,
                @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
                @RequestParam(defaultValue = "DUE") DeadlineQueries.SortBy sort,
                @RequestParam(defaultValue = "false") boolean desc,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<DeadlineView> result = queries.search(new DeadlineQueries.Filter(status, mine, q, dueFrom, dueTo),
                page, PAGE_SIZE, sort, desc);
        model.addAttribute("page", result);
        model.addAttribute("rows", rows(result.getContent()));
        model.addAttribute("status", status);
        model.addAttribute("mine", mine);
        model.addAttribute("q", q);
        model.addAttribute("dueFrom", dueFrom);
        model.addAttribute("dueTo", dueTo);
        model.addAttribute("sort", sort);
        model.addAttribute("desc", desc);
        model.addAttribute("statusFilters", StatusFilter.values());
        model.addAttribute("sorts", DeadlineQueries.SortBy.values());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/deadlines").queryParam("status", status)
                .queryParam("mine", mine).queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("dueFrom", Optional.ofNullable(dueFrom))
                .queryParamIfPresent("dueTo", Optional.ofNullable(dueTo))
                .queryParam("sort", sort).queryParam("desc", desc).encode().build().toUriString());
        return "calendar/deadlines";
    }

    private List<Row> rows(List<DeadlineView> views) {
        return views.stream().map(d -> new Row(d, msg("deadline.period." + d.period().unit().name(),
                String.valueOf(d.period().amount())), DeadlineBadge.hover(d, messages),
                directory.find(d.holderUnitId()).map(OrgUnitView::name).orElse(""),
                subjects.linkOf(d).orElse(null))).toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
