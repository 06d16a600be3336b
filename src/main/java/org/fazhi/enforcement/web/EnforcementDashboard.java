package org.fazhi.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.deadline.DeadlineBadge;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.internal.PenaltyCase;
import org.fazhi.enforcement.internal.Supervision;
import org.fazhi.enforcement.internal.Supervision.Watch;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.fazhi.shared.web.WorkItem;
import org.fazhi.shared.web.WorkList;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The enforcement blocks of the dashboards: the judicial office's supervision signals and the leader's counts. Every
 * figure comes from {@link Supervision} (as the cases stand today) or {@link EnforcementStatistics} (this year) and
 * leads to the case list filtered to the cases it counts. Publication figures are the publication section's.
 */
@Controller
class EnforcementDashboard {

    private static final String CASES = "/enforcement/cases";

    private final Supervision supervision;
    private final EnforcementStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    EnforcementDashboard(Supervision supervision, EnforcementStatistics statistics, MessageSource messages,
                         Clock clock) {
        this.supervision = supervision;
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Sections {
        @Bean
        DashboardSection enforcementSupervisionSection() {
            return new DashboardSection("LEGAL_REVIEW", "/dashboard/sections/enforcement-supervision", 30);
        }

        @Bean
        DashboardSection enforcementCountsSection() {
            return new DashboardSection("CASE_APPROVE", "/dashboard/sections/enforcement-counts", 30);
        }
    }

    /** The judicial office's watch: the decision deadlines of the cases being decided, and what is missing. */
    @GetMapping("/dashboard/sections/enforcement-supervision")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    String supervision(Model model) {
        LocalDate today = LocalDate.now(clock);
        Supervision.Signals s = supervision.signals();
        Period now = Period.asOf(today);
        model.addAttribute("figures", List.of(
                watch("signal-open", "enforcement.dashboard.open", s, Watch.OPEN, now),
                watch("signal-deadline", "enforcement.dashboard.nearDeadline", s, Watch.NEAR_DEADLINE, now)
                        .alertWhen(s.count(Watch.NEAR_DEADLINE) > 0),
                watch("signal-records", "enforcement.dashboard.missingRecords", s, Watch.MISSING_RECORDS, now),
                watch("signal-unreviewed", "enforcement.dashboard.unreviewed", s, Watch.UNREVIEWED, now)
                        .alertWhen(s.count(Watch.UNREVIEWED) > 0)));
        model.addAttribute("work", work(s.deciding(), today));
        return "enforcement/dashboard :: supervision";
    }

    /** The leader's counts: the cases as they stand today, this year's filings and decisions, the approvals. */
    @GetMapping("/dashboard/sections/enforcement-counts")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String counts(Model model) {
        LocalDate today = LocalDate.now(clock);
        Supervision.Signals s = supervision.signals();
        Period now = Period.asOf(today);
        Period year = Period.thisYear(today);
        Optional<EnforcementStatistics.Figures> f = DataScope.currentUser().map(FazhiUser::homeUnit)
                .map(u -> u.townId() == null ? u.id() : u.townId()).map(unit -> statistics.of(year.year(), unit));
        String y = String.valueOf(year.year());
        model.addAttribute("figures", List.of(
                watch("count-open", "enforcement.dashboard.open", s, Watch.OPEN, now),
                Figure.count("count-filed", "enforcement.dashboard.filed",
                        f.map(EnforcementStatistics.Figures::casesFiled).orElse(0L), year, CASES + "?year=" + y),
                Figure.count("count-decided", "enforcement.dashboard.decided",
                        f.map(EnforcementStatistics.Figures::casesDecided).orElse(0L), year,
                        CASES + "?decided=" + y),
                watch("count-deadline", "enforcement.dashboard.nearDeadline", s, Watch.NEAR_DEADLINE, now)
                        .alertWhen(s.count(Watch.NEAR_DEADLINE) > 0),
                watch("count-approvals", "enforcement.dashboard.pendingApprovals", s, Watch.AWAITING_APPROVAL, now),
                watch("count-records", "enforcement.dashboard.missingRecords", s, Watch.MISSING_RECORDS, now)));
        List<Long> awaiting = s.awaitingApproval().stream().map(PenaltyCase::getId).toList();
        model.addAttribute("work", work(s.deciding().stream().filter(x -> awaiting.contains(x.c().getId())).toList(),
                today));
        return "enforcement/dashboard :: counts";
    }

    private static Figure watch(String id, String labelKey, Supervision.Signals s, Watch watch, Period period) {
        return Figure.count(id, labelKey, s.count(watch), period, CASES + "?watch=" + watch.name());
    }

    /** The cases as a work list by their decision deadline, each a link to the case. */
    private WorkList work(List<Supervision.Signal> signals, LocalDate today) {
        List<WorkItem> items = signals.stream().flatMap(x -> DeadlineBadge.workItem(x.clock(),
                x.c().getCaseNumber() + " " + x.c().getTitle(), CASES + "/" + x.c().getId(), messages).stream())
                .toList();
        String deadline = CASES + "?watch=" + Watch.NEAR_DEADLINE.name();
        return WorkList.of(items, today, Map.of(WorkItem.Urgency.OVERDUE, deadline, WorkItem.Urgency.DUE_SOON,
                deadline, WorkItem.Urgency.LATER, CASES + "?watch=" + Watch.OPEN.name()), deadline);
    }
}
