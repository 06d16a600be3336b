package org.fazhi.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.shared.SentenceDiff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 与审定版比对 — what a report (typically a draft generated again after approval) changes against the latest approved
 * or published report of the same town and year: per section, the figures whose value changed (old → new) and the
 * sentences of the text removed and added (filled text, compared by {@link SentenceDiff}).
 */
@Service
@Transactional(readOnly = true)
public class ReportDiffs {

    /** A figure of a section whose value differs; {@code before} or {@code after} is {@code null} where absent. */
    public record FigureChange(String key, ReportFigure before, ReportFigure after) {

        public ReportFigure shown() {
            return after != null ? after : before;
        }

        public String oldValue() {
            return before == null ? null : before.value();
        }

        public String newValue() {
            return after == null ? null : after.value();
        }
    }

    /** One section: its changed figures and its text changes. */
    public record SectionDiff(ReportOutline.Section section, List<FigureChange> figures,
                              List<SentenceDiff.Change> text) {

        public boolean changed() {
            return !figures.isEmpty() || !text.isEmpty();
        }
    }

    /** The report, the approved report it is compared with ({@code null}: none yet), and the sections. */
    public record Diff(RuleOfLawReports.ReportView report, RuleOfLawReports.ReportView approved,
                       List<SectionDiff> sections) {

        public boolean hasChanges() {
            return sections.stream().anyMatch(SectionDiff::changed);
        }
    }

    private final RuleOfLawReports reports;
    private final RuleOfLawReportRepository repository;

    ReportDiffs(RuleOfLawReports reports, RuleOfLawReportRepository repository) {
        this.reports = reports;
        this.repository = repository;
    }

    /** The report against the latest other approved or published report of its town and year. */
    public Diff againstApproved(long id) {
        RuleOfLawReports.ReportView now = reports.report(id);
        RuleOfLawReport r = now.report();
        Optional<RuleOfLawReport> approved = repository.findByTownIdAndReportYearOrderByIdDesc(r.getTownId(),
                r.getReportYear()).stream().filter(o -> o.getId() != r.getId() && o.frozen()).findFirst();
        if (approved.isEmpty()) {
            return new Diff(now, null, List.of());
        }
        RuleOfLawReports.ReportView then = reports.report(approved.get().getId());
        Map<String, RuleOfLawReports.SectionView> old = new LinkedHashMap<>();
        then.sections().forEach(s -> old.put(s.section().key(), s));
        List<SectionDiff> out = new ArrayList<>();
        for (RuleOfLawReports.SectionView s : now.sections()) {
            RuleOfLawReports.SectionView o = old.get(s.section().key());
            out.add(new SectionDiff(s.section(), figures(o == null ? List.of() : o.figures(), s.figures()),
                    SentenceDiff.between(o == null ? "" : o.text(), s.text())));
        }
        return new Diff(now, then, out);
    }

    private static List<FigureChange> figures(List<RuleOfLawReports.FigureView> before,
                                              List<RuleOfLawReports.FigureView> after) {
        Map<String, ReportFigure> old = new LinkedHashMap<>();
        before.forEach(v -> old.put(v.figure().key(), v.figure()));
        Map<String, ReportFigure> now = new LinkedHashMap<>();
        after.forEach(v -> now.put(v.figure().key(), v.figure()));
        List<FigureChange> out = new ArrayList<>();
        now.forEach((k, f) -> {
            if (!Objects.equals(value(old.get(k)), f.value())) {
                out.add(new FigureChange(k, old.get(k), f));
            }
        });
        old.forEach((k, f) -> {
            if (!now.containsKey(k)) {
                out.add(new FigureChange(k, f, null));
            }
        });
        return out;
    }

    private static String value(ReportFigure f) {
        return f == null ? null : f.value();
    }
}
