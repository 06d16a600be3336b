package org.fazhi.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.internal.ReportFigure;
import org.fazhi.report.internal.ReportState;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.report.internal.SectionVersion;

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
