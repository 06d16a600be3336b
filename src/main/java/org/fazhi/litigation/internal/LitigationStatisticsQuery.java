package org.fazhi.litigation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.litigation.LitigationStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's figures, computed from the cases and hearings of the caller's scope: received by the day the copy was
 * received, concluded and lost by the day of conclusion, heard and the head's appearance by the hearings held in the
 * year (a case counts as attended when the head appeared at every hearing of the year).
 */
@Component
class LitigationStatisticsQuery implements LitigationStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LitigationCaseRepository cases;
    private final CourtHearingRepository hearings;
    private final DataScope dataScope;

    LitigationStatisticsQuery(LitigationCaseRepository cases, CourtHearingRepository hearings, DataScope dataScope) {
        this.cases = cases;
        this.hearings = hearings;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<LitigationCase> all = cases.findAll().stream().filter(c -> c.countsFor(unit)).toList();
        List<CourtHearing> held = hearings.findAll().stream().filter(h -> h.countsFor(unit))
                .filter(h -> within(h.getHeldOn(), first, last)).toList();
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            long n = all.stream().filter(c -> c.getOutcome() == o && within(c.getConcludedOn(), first, last)).count();
            if (n > 0) {
                byOutcome.put(o.label(), n);
            }
        }
        return new Figures(year, orgUnitId, figures(CaseKind.LITIGATION, all, held, first, last),
                figures(CaseKind.RECONSIDERATION, all, held, first, last), byOutcome);
    }

    private static KindFigures figures(CaseKind kind, List<LitigationCase> all, List<CourtHearing> held, LocalDate first,
                                       LocalDate last) {
        List<LitigationCase> ofKind = all.stream().filter(c -> c.getKind() == kind).toList();
        long received = ofKind.stream().filter(c -> within(c.getCopyReceivedOn(), first, last)).count();
        List<LitigationCase> concluded = ofKind.stream().filter(c -> within(c.getConcludedOn(), first, last))
                .toList();
        long lost = concluded.stream().filter(LitigationCase::lost).count();
        Set<Long> ids = ofKind.stream().map(LitigationCase::getId).collect(Collectors.toSet());
        Map<Long, List<CourtHearing>> byCase = held.stream().filter(h -> ids.contains(h.getCaseId()))
                .collect(Collectors.groupingBy(CourtHearing::getCaseId));
        long heard = byCase.size();
        long attended = byCase.values().stream().filter(l -> l.stream().allMatch(CourtHearing::isHeadAppeared)).count();
        return new KindFigures(received, concluded.size(), lost, rate(lost, concluded.size()), heard, attended,
                rate(attended, heard));
    }

    /** part / whole × 100, two decimals half up; {@code null} when there is nothing to divide by. */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }
}
