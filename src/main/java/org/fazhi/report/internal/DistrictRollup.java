package org.fazhi.report.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 区级汇总 — every town of the caller's scope for one year: where its report stands, when it is due (1 April of the
 * following year, on the deadline engine: the town's publication clock once a draft exists, else the date the
 * clock would have), and the year's key figures ({@link ReportOutline#KEY_FIGURES}). The figures of a town are those
 * its report holds: the latest approved or published report of the year (frozen, what the town committed to), else
 * its latest draft (read live, as the draft reads them), else — no report yet — computed live the same way.
 */
@Service
@Transactional(readOnly = true)
public class DistrictRollup {

    /**
     * One town.
     *
     * @param latest    the town's latest report of the year, {@code null} without one
     * @param figuresOf the report whose figures are shown, {@code null} where they are computed live
     * @param figures   the key figures, in the order of {@link ReportOutline#KEY_FIGURES}
     */
    public record TownRow(OrgUnitView town, RuleOfLawReport latest, LocalDate dueOn, RuleOfLawReport figuresOf,
                          Map<String, ReportFigure> figures) {

        /** Where the figures come from: approved, draft or live (message key suffix). */
        public String figuresFrom() {
            return figuresOf == null ? "live" : figuresOf.frozen() ? "approved" : "draft";
        }
    }

    /** The year's towns and the figures' labels (column heads), by key. */
    public record Rollup(int year, Map<String, String> labels, List<TownRow> towns) {
    }

    private final RuleOfLawReports reports;
    private final RuleOfLawReportRepository repository;
    private final DataScope dataScope;
    private final DeadlineEngine deadlines;
    private final OfficialCalendar calendar;

    DistrictRollup(RuleOfLawReports reports, RuleOfLawReportRepository repository, DataScope dataScope,
                   DeadlineEngine deadlines, OfficialCalendar calendar) {
        this.reports = reports;
        this.repository = repository;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** The towns the caller sees (a town's staff: their own town only) for the year. */
    public Rollup of(Integer year) {
        Input in = new Input();
        reports.checkYear(in, year);
        in.check();
        Map<String, String> labels = new LinkedHashMap<>();
        List<TownRow> rows = dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN)
                .map(t -> row(year, t, labels)).toList();
        return new Rollup(year, labels, rows);
    }

    private TownRow row(int year, OrgUnitView town, Map<String, String> labels) {
        List<RuleOfLawReport> ofYear = repository.findByTownIdAndReportYearOrderByIdDesc(town.id(), year);
        RuleOfLawReport latest = ofYear.isEmpty() ? null : ofYear.get(0);
        RuleOfLawReport shown = ofYear.stream().filter(RuleOfLawReport::frozen).findFirst().orElse(latest);
        Map<String, ReportFigure> all = shown == null ? reports.live(year, town) : reports.figures(shown);
        Map<String, ReportFigure> key = new LinkedHashMap<>();
        for (String k : ReportOutline.KEY_FIGURES) {
            ReportFigure f = all.get(k);
            if (f != null) {
                key.put(k, f);
                labels.putIfAbsent(k, f.label());
            }
        }
        LocalDate trigger = LocalDate.of(year + 1, 1, 1);
        LocalDate due = deadlines.clock(RuleOfLawReports.CLOCK_SUBJECT, town.id() + "-" + year,
                        RuleOfLawReports.ReportClock.PUBLICATION).map(DeadlineView::dueDate)
                .orElseGet(() -> calendar.dueDate(RuleOfLawReports.PUBLICATION_PERIOD, trigger));
        return new TownRow(town, latest, due, shown, key);
    }
}
