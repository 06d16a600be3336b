package org.fazhi.mediation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.mediation.internal.AgreementForm;
import org.fazhi.mediation.internal.CommitteeLevel;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
 * One grouped query reads the counts; everything else is arithmetic on its rows.
 */
@Component
public class MediationStatistics {

    @PersistenceContext
    private EntityManager em;

    private final OrgDirectory directory;
    private final DataScope dataScope;

    public MediationStatistics(OrgDirectory directory, DataScope dataScope) {
        this.directory = directory;
        this.dataScope = dataScope;
    }

    /** The figures; an org unit outside the caller's scope is {@link org.fazhi.shared.AccessDenied} (403). */
    @Transactional(readOnly = true)
    public MediationFigures of(int year, long orgUnitId) {
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        StringBuilder jpql = new StringBuilder("select extract(month from d.acceptedOn), d.category, d.source, "
                + "d.localityId, d.status, d.agreementForm, d.major, d.committeeLevel, count(d) from Dispute d "
                + "where d.acceptedOn >= :from and d.acceptedOn <= :to");
        String unitCondition = unitCondition(unit);
        jpql.append(unitCondition);
        jpql.append(" group by extract(month from d.acceptedOn), d.category, d.source, d.localityId, d.status, "
                + "d.agreementForm, d.major, d.committeeLevel");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
        if (!unitCondition.isEmpty()) {
            q.setParameter("unit", unit.id());
        }
        Tally all = new Tally();
        Tally town = new Tally();
        long major = 0;
        long majorResolved = 0;
        long referred = 0;
        long open = 0;
        long failed = 0;
        long terminated = 0;
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Arrays.stream(DisputeCategory.values()).forEach(c -> byCategory.put(c.label(), 0L));
        Map<String, Long> bySource = new LinkedHashMap<>();
        Arrays.stream(DisputeSource.values()).forEach(s -> bySource.put(s.label(), 0L));
        Map<Long, String> villageNames = new LinkedHashMap<>();
        villagesOf(unit).forEach(v -> villageNames.put(v.id(), v.name()));
        Map<String, Long> byVillage = new LinkedHashMap<>();
        villageNames.values().forEach(n -> byVillage.put(n, 0L));
        long[] byMonth = new long[12];
        for (Object[] r : q.getResultList()) {
            int month = ((Number) r[0]).intValue();
            DisputeCategory category = (DisputeCategory) r[1];
            DisputeSource source = (DisputeSource) r[2];
            Long locality = (Long) r[3];
            DisputeStatus status = (DisputeStatus) r[4];
            AgreementForm form = (AgreementForm) r[5];
            boolean isMajor = (Boolean) r[6];
            CommitteeLevel level = (CommitteeLevel) r[7];
            long n = ((Number) r[8]).longValue();
            all.add(status, form, n);
            if (level == CommitteeLevel.TOWN) {
                town.add(status, form, n);
            }
            if (isMajor) {
                major += n;
                if (status == DisputeStatus.SUCCEEDED) {
                    majorResolved += n;
                }
            }
            if (source.referred()) {
                referred += n;
            }
            if (status.open()) {
                open += n;
            } else if (status == DisputeStatus.FAILED) {
                failed += n;
            } else if (status == DisputeStatus.TERMINATED) {
                terminated += n;
            }
            byCategory.merge(category.label(), n, Long::sum);
            bySource.merge(source.label(), n, Long::sum);
            String village = villageNames.computeIfAbsent(locality,
                    id -> directory.find(id).map(OrgUnitView::name).orElse(String.valueOf(id)));
            byVillage.merge(village, n, Long::sum);
            byMonth[month - 1] += n;
        }
        List<Long> months = new ArrayList<>();
        for (long m : byMonth) {
            months.add(m);
        }
        return new MediationFigures(year, unit.id(), unit.name(), all.accepted, all.succeeded,
                rate(all.succeeded, all.accepted), all.written, all.oral, major, majorResolved, referred, open,
                failed, terminated, new MediationFigures.CommitteeFigures(town.accepted, town.succeeded, town.written,
                town.oral), byCategory, bySource, byVillage, months);
    }

    /** succeeded / accepted × 100, half-up to two decimals; {@code null} when nothing was accepted. */
    static BigDecimal rate(long succeeded, long accepted) {
        if (accepted == 0) {
            return null;
        }
        return BigDecimal.valueOf(succeeded).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(accepted), 2, RoundingMode.HALF_UP);
    }

    private static String unitCondition(OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> "";
            case TOWN -> " and d.townId = :unit";
            case VILLAGE -> " and d.localityId = :unit";
            case DEPARTMENT -> " and d.holderUnitId = :unit";
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

    private static final class Tally {
        long accepted;
        long succeeded;
        long written;
        long oral;

        void add(DisputeStatus status, AgreementForm form, long n) {
            accepted += n;
            if (status == DisputeStatus.SUCCEEDED) {
                succeeded += n;
                if (form == AgreementForm.WRITTEN) {
                    written += n;
                } else if (form == AgreementForm.ORAL) {
                    oral += n;
                }
            }
        }
    }
}
