package org.fazhi.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.deadline.ClockSubject;
import org.fazhi.enforcement.CaseSignals;
import org.fazhi.publication.PublicationTimeliness;
import org.springframework.stereotype.Component;

/**
 * The rules that read records rather than clocks: enforcement's case signals ({@link CaseSignals}) and the publication
 * desk's late publications ({@link PublicationTimeliness}), each turned into what a rule found and the department
 * holding the record.
 */
@Component
class RecordFindings {

    /**
     * Late publications are looked for among the decisions of the current year and of the year before — the year of
     * the last annual report, whose on-time rate they count in.
     */
    static final int PUBLICATION_YEARS_BACK = 1;

    private final CaseSignals cases;
    private final PublicationTimeliness publications;

    RecordFindings(CaseSignals cases, PublicationTimeliness publications) {
        this.cases = cases;
        this.publications = publications;
    }

    /** What a rule found, and the department holding the record. */
    record Signalled(SupervisionFinding.Found found, long holderUnitId) {
    }

    /**
     * What the record rules find today; {@code subjects} gives the page of a record type, where it has one. A late
     * publication is named by its number and dates: its title carries the party's masked name.
     */
    List<Signalled> find(LocalDate today, Map<String, ClockSubject> subjects) {
        List<Signalled> out = new ArrayList<>();
        caseRule(out, FindingRule.PENALTY_LAW_ART_47_RECORDS, cases::stepsWithoutRecords, subjects);
        caseRule(out, FindingRule.PENALTY_LAW_ART_58_REVIEW, cases::majorDecidedWithoutReview, subjects);
        caseRule(out, FindingRule.PENALTY_LAW_ART_57_DISCUSSION, cases::decidedWithoutDiscussion, subjects);
        caseRule(out, FindingRule.PENALTY_LAW_ART_42_CERTIFICATE, cases::actsWithoutValidCertificate, subjects);
        ClockSubject desk = subjects.get(FindingRule.PUBLICATION_SUBJECT);
        LocalDate from = LocalDate.of(today.getYear() - PUBLICATION_YEARS_BACK, 1, 1);
        for (PublicationTimeliness.LatePublication p : publications.publishedLate(from, today.plusDays(1))) {
            String id = String.valueOf(p.id());
            String number = p.decisionNumber() != null ? p.decisionNumber() : p.caseNumber();
            out.add(new Signalled(new SupervisionFinding.Found(FindingRule.GUOBANFA_2018_118_PUBLISHED_LATE,
                    FindingRule.PUBLICATION_SUBJECT, id, number + "（" + p.publishedOn() + "公示，应于" + p.dueOn() + "前）",
                    desk == null ? null : desk.linkTo(id), p.dueOn()), p.holderUnitId()));
        }
        return out;
    }

    private static void caseRule(List<Signalled> out, FindingRule rule, Supplier<List<CaseSignals.CaseRef>> signals,
                                 Map<String, ClockSubject> subjects) {
        for (CaseSignals.CaseRef c : signals.get()) {
            String id = String.valueOf(c.id());
            ClockSubject page = subjects.get(c.subjectType());
            String title = c.number() + " " + c.title() + (c.detail() == null ? "" : "（" + c.detail() + "）");
            out.add(new Signalled(new SupervisionFinding.Found(rule, c.subjectType(), id, title,
                    page == null ? null : page.linkTo(id), null), c.holderUnitId()));
        }
    }
}
