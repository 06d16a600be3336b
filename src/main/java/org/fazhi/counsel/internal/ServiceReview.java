package org.fazhi.counsel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 服务考核 — each advisor's service to each village in a year against the town's norms. A norm is per village and
 * year; an engagement that covers only part of the year (or the current year, up to today) is held to the share of
 * the months it covers, a begun month counting whole.
 */
@Component
public class ServiceReview {

    private final LegalTeams teams;
    private final OrgDirectory directory;
    private final Clock clock;

    ServiceReview(LegalTeams teams, OrgDirectory directory, Clock clock) {
        this.teams = teams;
        this.directory = directory;
        this.clock = clock;
    }

    /** One advisor in one village: what was logged in the year and what the norms asked for. */
    public record Row(AdvisorEngagement engagement, LegalTeams.AdvisorName advisor, OrgUnitView village, int months,
                      ServiceCounts done, ServiceCounts expected) {

        public boolean fallsShort() {
            return !done.meets(expected);
        }
    }

    @Transactional(readOnly = true)
    public List<Row> of(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        List<AdvisorEngagement> running = teams.engagements().stream()
                .filter(e -> !e.getStartsOn().isAfter(last) && !e.getEndsOn().isBefore(first)).toList();
        Map<Long, LegalTeams.AdvisorName> names = teams.namesOf(running);
        Map<String, ServiceCounts> done = new HashMap<>();
        for (ServiceLogEntry entry : teams.serviceLog(first, last)) {
            done.merge(entry.getAdvisorId() + "/" + entry.getHolderUnitId(), entry.counts(), ServiceCounts::plus);
        }
        Map<Long, ServiceCounts> normsByTown = new HashMap<>();
        Map<String, Row> rows = new HashMap<>();
        for (AdvisorEngagement e : running) {
            String key = e.getAdvisorId() + "/" + e.getHolderUnitId();
            int months = monthsCovered(e, first, last);
            Row before = rows.get(key);
            if (before != null) {
                months = Math.min(12, months + before.months());
            }
            ServiceCounts norm = normsByTown.computeIfAbsent(e.getTownId(), teams::normsOf);
            rows.put(key, new Row(before != null ? before.engagement() : e, names.get(e.getAdvisorId()),
                    directory.get(e.getHolderUnitId()), months, done.getOrDefault(key, ServiceCounts.NONE),
                    norm.forMonths(months)));
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing((Row r) -> r.advisor().name()).thenComparing(r -> r.village().sortOrder()));
        return out;
    }

    /** The months of the year the engagement touches up to {@code last}. */
    static int monthsCovered(AdvisorEngagement e, LocalDate first, LocalDate last) {
        LocalDate from = e.getStartsOn().isBefore(first) ? first : e.getStartsOn();
        LocalDate to = e.getEndsOn().isAfter(last) ? last : e.getEndsOn();
        if (to.isBefore(from)) {
            return 0;
        }
        YearMonth a = YearMonth.from(from);
        YearMonth b = YearMonth.from(to);
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue() + 1;
    }
}
