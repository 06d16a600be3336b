package org.fazhi.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.report.internal.DistrictRollup;
import org.fazhi.report.internal.ReportDiffs;
import org.fazhi.report.internal.ReportFigure;
import org.fazhi.report.internal.ReportOutline;
import org.fazhi.report.internal.ReportState;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.report.internal.SectionTemplates;
import org.fazhi.report.internal.SectionVersion;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.SentenceDiff;

/** The JSON shapes of the report API: staff see figures and sources; the public only headings and text. */
final class ReportJson {

    private ReportJson() {
    }

    record Source(String module, String definition, String link) {
    }

    /** {@code typed}: the number typed by hand over this figure in the section's text, if one was. */
    record Figure(String key, String value, String label, boolean recorded, String typed, Source source) {
        static Figure of(RuleOfLawReports.FigureView v) {
            ReportFigure f = v.figure();
            return new Figure(f.key(), f.value(), f.label(), f.recorded(), v.typed(),
                    new Source(f.module(), f.definition(), f.link()));
        }
    }

    record Section(String key, String part, String heading, String template, String text, int revision,
                   String writtenBy, Instant writtenAt, List<Figure> figures) {
        static Section of(RuleOfLawReports.SectionView s) {
            return new Section(s.section().key(), s.section().part(), s.section().heading(), s.template(), s.text(),
                    s.revision(), s.writtenBy(), s.writtenAt(), s.figures().stream().map(Figure::of).toList());
        }
    }

    record Report(long id, int year, long orgUnitId, String orgUnitName, String title, ReportState state,
                  LocalDate dueOn, String generatedBy, Instant generatedAt, String approvedBy, Instant approvedAt,
                  String publishedBy, Instant publishedAt, List<ReportState.Step> nextSteps, List<Section> sections) {
        static Report of(RuleOfLawReports.ReportView v) {
            var r = v.report();
            return new Report(r.getId(), r.getReportYear(), v.town().id(), v.town().name(), v.title(), r.getState(),
                    v.dueOn(), r.getGeneratedBy(), r.getGeneratedAt(), r.getApprovedBy(), r.getApprovedAt(),
                    r.getPublishedBy(), r.getPublishedAt(), List.copyOf(r.getState().steps()),
                    v.sections().stream().map(Section::of).toList());
        }
    }

    record Summary(long id, int year, long orgUnitId, String orgUnitName, ReportState state, LocalDate dueOn,
                   String generatedBy, Instant generatedAt) {
        static Summary of(RuleOfLawReports.ReportView v) {
            var r = v.report();
            return new Summary(r.getId(), r.getReportYear(), v.town().id(), v.town().name(), r.getState(),
                    v.dueOn(), r.getGeneratedBy(), r.getGeneratedAt());
        }
    }

    record Version(int revision, String text, String writtenBy, Instant writtenAt) {
        static Version of(SectionVersion v) {
            return new Version(v.getRevision(), v.getBody(), v.getWrittenBy(), v.getWrittenAt());
        }
    }

    /** A section's template: its wording now, the default, and the figures it may name. */
    record Template(String key, String heading, String text, String defaultText, boolean customized,
                    List<String> figureKeys) {
        static Template of(String key, SectionTemplates templates) {
            String heading = ReportOutline.section(key).orElseThrow(() -> new NotFound("report-section", key)).title();
            return new Template(key, heading, templates.text(key), templates.defaultText(key),
                    templates.customized(key), templates.figureKeys(key));
        }
    }

    record FigureChange(String key, String label, String oldValue, String newValue, String link) {
    }

    record SectionDiff(String key, String heading, List<FigureChange> figures, List<SentenceDiff.Change> text) {
    }

    /** The comparison with the approved report ({@code approvedId} null: none of the town's year yet). */
    record Diff(long id, Long approvedId, ReportState approvedState, List<SectionDiff> sections) {
        static Diff of(ReportDiffs.Diff d) {
            var a = d.approved() == null ? null : d.approved().report();
            return new Diff(d.report().report().getId(), a == null ? null : a.getId(),
                    a == null ? null : a.getState(), d.sections().stream().filter(ReportDiffs.SectionDiff::changed)
                    .map(s -> new SectionDiff(s.section().key(), s.section().title(), s.figures().stream()
                            .map(f -> new FigureChange(f.key(), f.shown().label(), f.oldValue(), f.newValue(),
                                    f.shown().link())).toList(), s.text())).toList());
        }
    }

    record DistrictFigure(String value, String link) {
    }

    /** A town of the roll-up: {@code reportId}/{@code state} of its latest report (null: none yet). */
    record DistrictTown(long orgUnitId, String orgUnitName, Long reportId, ReportState state, LocalDate dueOn,
                        String figuresFrom, Long figuresReportId, Map<String, DistrictFigure> figures) {
    }

    record District(int year, Map<String, String> labels, List<DistrictTown> towns) {
        static District of(DistrictRollup.Rollup r) {
            return new District(r.year(), r.labels(), r.towns().stream().map(t -> {
                Map<String, DistrictFigure> figures = new LinkedHashMap<>();
                t.figures().forEach((k, f) -> figures.put(k, new DistrictFigure(f.value(), f.link())));
                return new DistrictTown(t.town().id(), t.town().name(), t.latest() == null ? null : t.latest().getId(),
                        t.latest() == null ? null : t.latest().getState(), t.dueOn(), t.figuresFrom(),
                        t.figuresOf() == null ? null : t.figuresOf().getId(), figures);
            }).toList());
        }
    }

    record PublicSection(String part, String heading, String text) {
    }

    /** A published report as the public reads it: text only, no figures' sources, no names of staff. */
    record PublicReport(int year, String title, String authority, LocalDate publishedOn,
                        List<PublicSection> sections) {
        static PublicReport of(RuleOfLawReports.ReportView v, java.time.ZoneId zone) {
            return new PublicReport(v.report().getReportYear(), v.title(), v.authority(),
                    LocalDate.ofInstant(v.report().getPublishedAt(), zone),
                    v.sections().stream().map(s -> new PublicSection(s.section().part(), s.section().heading(),
                            s.text())).toList());
        }
    }
}
