package org.fazhi.counsel.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fazhi.counsel.LegalTeamStatistics;
import org.fazhi.legality.CounselOpinionCounts;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's legal-team figures and the records behind each of them, selected by one rule for the API, the dashboard
 * and the lists the dashboard's figures lead to.
 */
@Component
public class LegalTeamStatisticsQuery implements LegalTeamStatistics {

    private final LegalTeams teams;
    private final DataScope dataScope;
    private final CounselOpinionCounts opinions;
    private final Clock clock;

    LegalTeamStatisticsQuery(LegalTeams teams, DataScope dataScope, CounselOpinionCounts opinions, Clock clock) {
        this.teams = teams;
        this.opinions = opinions;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /**
     * What the figures count.
     *
     * @param on          the reference day: the year's last day, or today for the current year
     * @param villages    the villages and communities of the unit, in tree order
     * @param engaged     the engagements of those villages running on the reference day
     * @param names       the advisors of those engagements
     * @param legalAware  法律明白人 of those villages
     * @param vicePrincipals 法治副校长 of the unit
     */
    public record Basis(int year, OrgUnitView unit, LocalDate on, List<OrgUnitView> villages,
                        List<AdvisorEngagement> engaged, Map<Long, LegalTeams.AdvisorName> names,
                        List<TeamMember> legalAware, List<TeamMember> vicePrincipals) {

        public Set<Long> coveredVillageIds() {
            return engaged.stream().map(AdvisorEngagement::getHolderUnitId).collect(Collectors.toSet());
        }

        /** Distinct advisors by licence number, each with the engagements of the day. */
        public Map<String, List<AdvisorEngagement>> advisorsByLicence() {
            return engaged.stream().collect(Collectors.groupingBy(e -> names.get(e.getAdvisorId()).licenceNumber(),
                    TreeMap::new, Collectors.toList()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Basis b = basis(year, orgUnitId);
        long villages = b.villages().size();
        long covered = b.coveredVillageIds().size();
        BigDecimal coverage = villages == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(villages), 2, RoundingMode.HALF_UP);
        return new Figures(year, orgUnitId, villages, covered, coverage, b.advisorsByLicence().size(),
                b.legalAware().size(), b.vicePrincipals().size(),
                new CounselOpinions(opinions.byKind(year, orgUnitId)));
    }

    @Transactional(readOnly = true)
    public Basis basis(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        List<OrgUnitView> villages = dataScope.visibleUnits().stream()
                .filter(u -> u.type() == OrgUnitType.VILLAGE && within(u, unit)).toList();
        Set<Long> villageIds = villages.stream().map(OrgUnitView::id).collect(Collectors.toSet());
        List<AdvisorEngagement> engaged = teams.engagements().stream()
                .filter(e -> villageIds.contains(e.getHolderUnitId()) && e.coversOn(on)).toList();
        List<TeamMember> all = teams.members();
        List<TeamMember> aware = all.stream().filter(m -> m.getKind() == TeamMemberKind.LEGAL_AWARE_PERSON)
                .filter(m -> villageIds.contains(m.getHolderUnitId())).toList();
        List<TeamMember> vice = all.stream().filter(m -> m.getKind() == TeamMemberKind.SCHOOL_VICE_PRINCIPAL)
                .filter(m -> unit.type() == OrgUnitType.DISTRICT
                        || (unit.type() == OrgUnitType.TOWN ? unit.id() == m.getTownId()
                        : unit.id() == m.getHolderUnitId())).toList();
        return new Basis(year, unit, on, villages, engaged, teams.namesOf(engaged), aware, vice);
    }

    /** A village lies within a town (its own), within itself, and within the district (every one in scope). */
    private static boolean within(OrgUnitView village, OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> true;
            case TOWN -> unit.id() == village.townId();
            case VILLAGE -> unit.id() == village.id();
            default -> false;
        };
    }
}
