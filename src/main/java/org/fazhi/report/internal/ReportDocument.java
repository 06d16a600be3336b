package org.fazhi.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fazhi.shared.docx.OfficialLayout;
import org.springframework.stereotype.Component;

/**
 * The report as an official document (GB/T 9704-2012 through {@link OfficialLayout}): the title, the preamble, the
 * parts under 黑体 headings and their sections under 楷体 headings in 仿宋 body text, the issuing government and the
 * date at the end — the day of approval, or today for a draft.
 */
@Component
public class ReportDocument {

    private final RuleOfLawReports reports;
    private final Clock clock;

    ReportDocument(RuleOfLawReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    public byte[] of(long id) {
        RuleOfLawReports.ReportView view = reports.report(id);
        OfficialLayout doc = new OfficialLayout().title(view.title());
        String part = null;
        for (RuleOfLawReports.SectionView s : view.sections()) {
            if (s.section().part() != null && !s.section().part().equals(part)) {
                part = s.section().part();
                doc.heading1(part);
            }
            if (s.section().heading() != null) {
                doc.heading2(s.section().heading());
            }
            doc.paragraph(s.text());
        }
        ZoneId zone = clock.getZone();
        LocalDate date = view.report().getApprovedAt() == null ? LocalDate.now(clock)
                : LocalDate.ofInstant(view.report().getApprovedAt(), zone);
        return doc.signature(view.authority(), date).bytes();
    }
}
