package org.fazhi.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.publication.PublicationStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 区级执法监督概览 — the figures the district compares its towns by, each computed in one place: the on-time rate of
 * publication (from the publication module), the clocks overdue today (deadline engine), the open findings and the
 * complaints of the year with those answered in time (this module), and the lawsuits lost and the heads' appearance
 * rate in court (the litigation module's statistics).
 */
@Component
public class DistrictOverview {

    private final DataScope dataScope;
    private final PublicationStatistics publication;
    private final DeadlineEngine deadlines;
    private final Findings findings;
    private final Complaints complaints;
    private final LitigationStatistics litigation;

    DistrictOverview(DataScope dataScope, PublicationStatistics publication, DeadlineEngine deadlines,
                     Findings findings, Complaints complaints, LitigationStatistics litigation) {
        this.litigation = litigation;
        this.dataScope = dataScope;
        this.publication = publication;
        this.deadlines = deadlines;
        this.findings = findings;
        this.complaints = complaints;
    }

    /**
     * One town's figures of a year.
     *
     * @param publicationOnTimeRate percent of the decisions due that were published on time, or {@code null}
     * @param overdueClocks         clocks of the town overdue today
     * @param openFindings          findings not yet closed
     * @param complaints            complaints received in the year
     * @param complaintsOnTime      of those, answered (declined or concluded) within every period
     * @param litigationLost        lawsuits concluded in the year and lost (litigation module)
     * @param appearanceRate        percent of the lawsuits heard in the year where the head appeared, or {@code null}
     */
    public record TownFigures(long orgUnitId, String name, BigDecimal publicationOnTimeRate, long overdueClocks,
                              long openFindings, long complaints, long complaintsOnTime, Long litigationLost,
                              BigDecimal appearanceRate) {
    }

    /** The towns the caller may see, in tree order, with their figures of {@code year}. */
    @Transactional(readOnly = true)
    public List<TownFigures> of(int year) {
        Map<Long, Long> overdue = deadlines.overdue().stream()
                .collect(Collectors.groupingBy(DeadlineView::townId, Collectors.counting()));
        return dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN)
                .map(t -> town(t, year, overdue.getOrDefault(t.id(), 0L))).toList();
    }

    private TownFigures town(OrgUnitView t, int year, long overdueClocks) {
        List<EnforcementComplaint> received = complaints.receivedBetween(t.id(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        long onTime = received.stream().filter(this::answeredInTime).count();
        LitigationStatistics.KindFigures lawsuits = litigation.of(year, t.id()).litigation();
        return new TownFigures(t.id(), t.name(), publication.figures(year, t.id()).onTimeRate(), overdueClocks,
                findings.openFindings(t.id()), received.size(), onTime, lawsuits.lost(), lawsuits.appearanceRate());
    }

    /** Declined or concluded, and no clock of the complaint met late. */
    private boolean answeredInTime(EnforcementComplaint c) {
        if (c.getState() != ComplaintState.NOT_ACCEPTED && c.getState() != ComplaintState.CONCLUDED) {
            return false;
        }
        return complaints.acceptanceClock(c).map(d -> !d.metLate()).orElse(true)
                && complaints.handlingClock(c).map(d -> !d.metLate()).orElse(true);
    }
}
