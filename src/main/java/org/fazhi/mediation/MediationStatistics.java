package org.fazhi.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;

/**
 * 调解统计 — the one place where the mediation figures are computed, for the API, the dashboard, the exports and the
 * annual report alike. Definitions, for disputes accepted (受理日期) in the year within the org unit (a town includes its
 * villages; a village counts the disputes of its locality; a department those it holds) and the caller's data scope:
 * <ul>
 *   <li>{@code accepted}: all of them; {@code succeeded}: those concluded as succeeded;</li>
 *   <li>{@code successRate}: succeeded / accepted × 100, rounded half-up to two decimals, {@code null} if none;</li>
 *   <li>{@code writtenAgreements}, {@code oralAgreements}: succeeded ones by agreement form;</li>
 *   <li>{@code townCommittee}: the same for the disputes the town committee held at conclusion (an escalated dispute
 *   counts for the committee that concluded it);</li>
 *   <li>{@code majorDisputes}: those flagged major; {@code majorResolved}: of those, succeeded.</li>
 * </ul>
 * One statement counts the totals and each breakdown; everything else is arithmetic on its rows.
 */
@Component
public class MediationStatistics {

    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final ScopedStatements statements;

    public MediationStatistics(OrgDirectory directory, DataScope dataScope, ScopedStatements statements) {
        this.directory = directory;
        this.dataScope = dataScope;
        this.statements = statements;
    }

    /** The number of {@link #TALLIES}. */
    private static final int TALLY_COUNT = 13;

    /**
     * The tallies of the year's disputes (a row's columns from the third on): accepted, succeeded, written and oral
     * agreements; the same for the town committee; major, major resolved; open, failed, terminated.
     */
    private static final String TALLIES = "count(*), count(*) filter (where y.st = 'SUCCEEDED'), "
            + "count(*) filter (where y.st = 'SUCCEEDED' and y.frm = 'WRITTEN'), "
            + "count(*) filter (where y.st = 'SUCCEEDED' and y.frm = 'ORAL'), "
            + "count(*) filter (where y.lvl = 'TOWN'), count(*) filter (where y.lvl = 'TOWN' and y.st = 'SUCCEEDED'), "
            + "count(*) filter (where y.lvl = 'TOWN' and y.st = 'SUCCEEDED' and y.frm = 'WRITTEN'), "
            + "count(*) filter (where y.lvl = 'TOWN' and y.st = 'SUCCEEDED' and y.frm = 'ORAL'), "
            + "count(*) filter (where y.maj = true), count(*) filter (where y.maj = true and y.st = 'SUCCEEDED'), "
            + "count(*) filter (where y.st in (" + Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::open)
                    .map(st -> "'" + st.name() + "'").collect(Collectors.joining(", ")) + ")), "
            + "count(*) filter (where y.st = 'FAILED'), count(*) filter (where y.st = 'TERMINATED')";

    /**
     * A breakdown: the year's disputes grouped by {@code key}, tagged {@code tag}, counted (the other tallies are
     * the totals' alone: a breakdown row carries zeros in their columns).
     */
    private static String breakdown(int tag, String key) {
        return " union all select " + tag + ", cast(" + key + " as varchar(100)), count(*)"
                + ", 0".repeat(TALLY_COUNT - 1) + " from year_disputes y group by " + key;
    }

    /**
     * The totals and one row per category, source, village and month (about 50 rows for a town's year), not a row
     * per combination of them: the year's disputes are read once (the common table) and tallied five ways.
     */
    private static final String FIGURES = "with year_disputes as (select extract(month from d.accepted_on) as mon, "
            + "d.category as cat, d.source as src, d.locality_id as loc, d.status as st, d.agreement_form as frm, "
            + "d.major as maj, d.committee_level as lvl "
            + "from mediation_dispute d where d.accepted_on >= :first and d.accepted_on <= :last {scope:d}) "
            + "select 0, cast(null as varchar(100)), " + TALLIES + " from year_disputes y" + breakdown(1, "y.cat")
            + breakdown(2, "y.src") + breakdown(3, "y.loc") + breakdown(4, "y.mon");

    /**
     * The figures; an org unit outside the caller's scope is {@link org.fazhi.shared.AccessDenied} (403). One
     * statement, outside a transaction when called on its own ({@link ScopedStatements}).
     */
    public MediationFigures of(int year, long orgUnitId) {
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        List<Object[]> rows = statements.query(FIGURES, unitCondition(unit),
                ScopedStatements.year(year), rs -> {
                    List<Object[]> out = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[2 + TALLY_COUNT];
                        row[0] = rs.getInt(1);
                        row[1] = rs.getString(2);
                        for (int i = 2; i < row.length; i++) {
                            row[i] = rs.getLong(i + 1);
                        }
                        out.add(row);
                    }
                    return out;
                });
        long[] totals = new long[TALLY_COUNT];
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Arrays.stream(DisputeCategory.values()).forEach(c -> byCategory.put(c.label(), 0L));
        Map<String, Long> bySource = new LinkedHashMap<>();
        Arrays.stream(DisputeSource.values()).forEach(s -> bySource.put(s.label(), 0L));
        Map<Long, String> villageNames = new LinkedHashMap<>();
        villagesOf(unit).forEach(v -> villageNames.put(v.id(), v.name()));
        Map<String, Long> byVillage = new LinkedHashMap<>();
        villageNames.values().forEach(n -> byVillage.put(n, 0L));
        long referred = 0;
        long[] byMonth = new long[12];
        for (Object[] r : rows) {
            String key = (String) r[1];
            long n = ((Number) r[2]).longValue();
            switch (((Number) r[0]).intValue()) {
                case 0 -> {
                    for (int i = 0; i < totals.length; i++) {
                        totals[i] = ((Number) r[i + 2]).longValue();
                    }
                }
                case 1 -> byCategory.merge(DisputeCategory.valueOf(key).label(), n, Long::sum);
                case 2 -> {
                    DisputeSource source = DisputeSource.valueOf(key);
                    bySource.merge(source.label(), n, Long::sum);
                    referred += source.referred() ? n : 0;
                }
                case 3 -> {
                    Long locality = key == null ? null : Long.valueOf(key);
                    String village = villageNames.computeIfAbsent(locality,
                            id -> directory.find(id).map(OrgUnitView::name).orElse(String.valueOf(id)));
                    byVillage.merge(village, n, Long::sum);
                }
                default -> byMonth[new java.math.BigDecimal(key).intValue() - 1] += n;
            }
        }
        List<Long> months = new ArrayList<>();
        for (long m : byMonth) {
            months.add(m);
        }
        return new MediationFigures(year, unit.id(), unit.name(), totals[0], totals[1], rate(totals[1], totals[0]),
                totals[2], totals[3], totals[8], totals[9], referred, totals[10], totals[11], totals[12],
                new MediationFigures.CommitteeFigures(totals[4], totals[5], totals[6], totals[7]), byCategory,
                bySource, byVillage, months);
    }

    /** succeeded / accepted × 100, half-up to two decimals; {@code null} when nothing was accepted. */
    static BigDecimal rate(long succeeded, long accepted) {
        if (accepted == 0) {
            return null;
        }
        return BigDecimal.valueOf(succeeded).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(accepted), 2, RoundingMode.HALF_UP);
    }

    /** The unit's disputes (a village's by their locality) within the caller's scope. */
    private static ScopedSql unitCondition(OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> ScopedSql.where(null, null, unit);
            case TOWN -> ScopedSql.where("town_id", unit.townId(), unit);
            case VILLAGE -> ScopedSql.where("locality_id", unit.id(), unit);
            case DEPARTMENT -> ScopedSql.where("holder_unit_id", unit.id(), unit);
        };
    }

    private List<OrgUnitView> villagesOf(OrgUnitView unit) {
        List<OrgUnitView> villages = switch (unit.type()) {
            case VILLAGE -> List.of(unit);
            case TOWN, DEPARTMENT -> directory.villagesOf(unit.townId());
            case DISTRICT -> directory.all().stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList();
        };
        return villages.stream().filter(v -> dataScope.canSee(v.id())).toList();
    }
}
