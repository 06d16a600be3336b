package org.fazhi.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enforcement figures are counted by the database; here they are held to the same figures counted one case at a
 * time with the cases' own rules ({@link PenaltyCase#isMajor}, the review passed, the discussion held, the kinds and
 * fine of a decision to penalise), also where a figure could change meaning: major rights (重大权益) make a case major
 * only once a hearing was requested or held (第58条第（二）项).
 */
class EnforcementFiguresTest extends IntegrationTest {

    @Autowired
    private EnforcementStatistics statistics;

    @Autowired
    private PenaltyCaseRepository cases;

    @Autowired
    private PastDecisionRepository pastDecisions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_counted_figures_equal_the_decided_cases_counted_one_by_one() {
        assertSameAsCases(data.reportYear(), data.sanxing());
    }

    @Test
    void major_rights_make_a_case_major_only_with_a_hearing_requested_or_held() {
        int year = data.reportYear();
        OrgUnitView town = data.sanxing();
        PenaltyCase plain = decided(town, year).stream()
                .filter(c -> !c.isMajor() && !c.getGravity().isMajorRights() && c.getHearing().getHeldOn() == null
                        && !c.getHearing().isRequested())
                .findFirst().orElseThrow();
        long major = figures(town, year).majorCases();
        try {
            jdbc.update("update penalty_case set major_rights = true where id = ?", plain.getId());
            assertThat(figures(town, year).majorCases()).isEqualTo(major);
            assertSameAsCases(year, town);

            jdbc.update("update penalty_case set hearing_requested_on = decided_on where id = ?", plain.getId());
            assertThat(figures(town, year).majorCases()).isEqualTo(major + 1);
            assertSameAsCases(year, town);
        } finally {
            jdbc.update("update penalty_case set major_rights = false, hearing_requested_on = null where id = ?",
                    plain.getId());
        }
    }

    private EnforcementStatistics.Figures figures(OrgUnitView unit, int year) {
        return DataScope.asSystem(() -> statistics.of(year, unit.id()));
    }

    private List<PenaltyCase> decided(OrgUnitView unit, int year) {
        return DataScope.asSystem(() -> cases.decidedBetween(unit, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)));
    }

    private void assertSameAsCases(int year, OrgUnitView unit) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<PenaltyCase> decided = decided(unit, year);
        EnforcementStatistics.Figures f = figures(unit, year);
        List<PenaltyCase> penalised = decided.stream()
                .filter(c -> c.getDecision().getOutcome() == Outcome.PENALTY).toList();
        Map<String, Long> byKind = new HashMap<>();
        BigDecimal fines = BigDecimal.ZERO;
        for (PenaltyCase c : penalised) {
            for (PenaltyKind k : c.getDecision().getPenalty().getKinds()) {
                byKind.merge(k.label(), 1L, Long::sum);
            }
            if (c.getDecision().getPenalty().getFine() != null) {
                fines = fines.add(c.getDecision().getPenalty().getFine());
            }
        }
        long past = DataScope.asSystem(() -> pastDecisions.count(ScopedRecord.<PastDecision>countedFor(unit)
                .and((r, q, cb) -> cb.between(r.<LocalDate>get("decidedOn"), first, last))));
        long filed = DataScope.asSystem(() -> cases.count(ScopedRecord.<PenaltyCase>countedFor(unit)
                .and((r, q, cb) -> cb.between(r.<LocalDate>get("filedOn"), first, last))));

        assertThat(decided).as("decided cases of the demo year").isNotEmpty();
        assertThat(f.casesFiled()).isEqualTo(filed);
        assertThat(f.casesDecided()).isEqualTo(decided.size());
        assertThat(f.penaltyDecisions()).isEqualTo(penalised.size() + past);
        assertThat(f.penaltiesByKind()).isEqualTo(byKind);
        assertThat(f.fineTotal()).isEqualByComparingTo(fines);
        assertThat(f.majorCases()).isEqualTo(decided.stream().filter(PenaltyCase::isMajor).count());
        assertThat(f.casesReviewed()).isEqualTo(decided.stream().filter(c -> c.getReview().isPassed()).count());
        assertThat(f.majorCasesReviewed()).isEqualTo(decided.stream()
                .filter(c -> c.isMajor() && c.getReview().isPassed()).count());
        assertThat(f.collectivelyDiscussed()).isEqualTo(decided.stream()
                .filter(c -> c.getDiscussion().getDiscussedOn() != null).count());
        assertThat(f.casesWithFullRecords()).isBetween(0L, (long) decided.size());
    }
}
