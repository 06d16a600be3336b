package org.fazhi.officer.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's certificate figures, counted by the database among the lifecycle events and the certificates of the
 * caller's scope: events by their date, and the certificates valid on the reference day as
 * {@link EnforcementCertificate#validOn} says (not ended by then, and a 申领 or 换证 event of the unit's covering the
 * day). Two aggregate statements, the unit's condition from the scope component
 * ({@link ScopedRecord#countedForJpql}).
 */
@Component
class OfficerStatisticsQuery implements OfficerStatistics {

    /** Per event type: the events dated in the year. */
    private static final String EVENTS = "select e.type, count(*) from CertificateEvent e "
            + "where e.date between :first and :last";

    /** The certificates not ended on the day with a granting event covering it. */
    private static final String VALID = "select count(*) from EnforcementCertificate c "
            + "where (c.endedOn is null or c.endedOn > :day) and exists (select 1 from CertificateEvent e "
            + "where e.certificateId = c.id and e.type in :grants and e.date <= :day and e.validUntil >= :day";

    private static final List<CertificateEventType> GRANTS = List.of(CertificateEventType.APPLY,
            CertificateEventType.RENEW);

    @PersistenceContext
    private EntityManager em;

    private final DataScope dataScope;
    private final Clock clock;

    OfficerStatisticsQuery(DataScope dataScope, Clock clock) {
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = year == today.getYear() ? today : last;

        // an event counts for the unit as a record of its own, also when it grants a certificate's validity
        ScopedRecord.CountedFor eventOf = ScopedRecord.countedForJpql("e", unit);
        ScopedRecord.CountedFor certificateOf = ScopedRecord.countedForJpql("c", unit);
        List<Object[]> rows = eventOf.list(em.createQuery(EVENTS + eventOf.jpql() + " group by e.type",
                Object[].class).setParameter("first", first).setParameter("last", last));
        Map<CertificateEventType, Long> counts = new EnumMap<>(CertificateEventType.class);
        for (Object[] r : rows) {
            counts.put((CertificateEventType) r[0], ((Number) r[1]).longValue());
        }
        long valid = certificateOf.single(eventOf.bind(em.createQuery(VALID + eventOf.jpql() + ")"
                + certificateOf.jpql(), Long.class)).setParameter("day", reference).setParameter("grants", GRANTS));
        return new Figures(year, orgUnitId, counts.getOrDefault(CertificateEventType.APPLY, 0L),
                counts.getOrDefault(CertificateEventType.RENEW, 0L),
                counts.getOrDefault(CertificateEventType.CANCEL, 0L),
                counts.getOrDefault(CertificateEventType.CLEAR, 0L), valid);
    }
}
