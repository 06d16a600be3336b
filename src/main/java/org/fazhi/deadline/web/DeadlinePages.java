package org.fazhi.deadline.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.internal.DeadlineQueries;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
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

/** 期限提醒页面 — the dashboard section (own and unit's open clocks) and the full list with filters and paging. */
@Controller
class DeadlinePages {

    /** How many clocks the dashboard section lists. */
    static final int SECTION_SIZE = 10;
    static final int PAGE_SIZE = 20;

    private final DeadlineQueries queries;
    private final MessageSource messages;
    private final OrgDirectory directory;

    DeadlinePages(DeadlineQueries queries, MessageSource messages, OrgDirectory directory) {
        this.queries = queries;
        this.messages = messages;
        this.directory = directory;
    }

    /** A clock as a table row shows it: the period in words, the badge's hover text, the holding unit's name. */
    record Row(DeadlineView d, String period, String hover, String holder) {
    }

    @GetMapping("/deadlines/fragment")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    String section(Model model) {
        model.addAttribute("rows", rows(queries.mineOpen(SECTION_SIZE)));
        return "calendar/deadlines-fragment";
    }

    @GetMapping("/deadlines")
    @PreAuthorize("hasAuthority('DEADLINE_READ')")
    String list(@RequestParam(defaultValue = "OPEN") DeadlineQueries.StatusFilter status,
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
        model.addAttribute("statusFilters", DeadlineQueries.StatusFilter.values());
        model.addAttribute("sorts", DeadlineQueries.SortBy.values());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/deadlines").queryParam("status", status)
                .queryParam("mine", mine).queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .queryParamIfPresent("dueFrom", java.util.Optional.ofNullable(dueFrom))
                .queryParamIfPresent("dueTo", java.util.Optional.ofNullable(dueTo))
                .queryParam("sort", sort).queryParam("desc", desc).encode().build().toUriString());
        return "calendar/deadlines";
    }

    private List<Row> rows(List<DeadlineView> views) {
        return views.stream().map(d -> new Row(d, msg("deadline.period." + d.period().unit().name(),
                String.valueOf(d.period().amount())), hover(d),
                directory.find(d.holderUnitId()).map(OrgUnitView::name).orElse(""))).toList();
    }

    private String hover(DeadlineView d) {
        return DeadlineBadge.hover(d, messages);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
