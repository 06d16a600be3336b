package org.fazhi.officer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.scope.ScopedSql;
import org.fazhi.organization.scope.ScopedStatements;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Component;

/**
 * The year's certificate figures, counted by the database among the lifecycle events and the certificates of the
 * caller's scope: events by their date, and the certificates valid on the reference day as
 * {@link EnforcementCertificate#validOn} says (not ended by then, and a 申领 or 换证 event of the unit's covering the
 * day). One aggregate statement, the unit's condition from the scope component ({@link ScopedSql#countedFor}).
 */
@Component
class OfficerStatisticsQuery implements OfficerStatistics {

    /** The granting events, as literals of the statement. */
    private static final String GRANTS = Stream.of(CertificateEventType.APPLY, CertificateEventType.RENEW)
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));

    /**
     * Per event type, the events dated in the year (tag 0); the certificates not ended on the day with a granting
     * event covering it (tag 1). An event counts for the unit as a record of its own, also when it grants a
     * certificate's validity.
     */
    private static final String FIGURES = "select 0, e.event_type, count(*) from certificate_event e "
            + "where e.event_date between :first and :last {scope:e} group by e.event_type "
            + "union all select 1, null, count(*) from enforcement_certificate c "
            + "where (c.ended_on is null or c.ended_on > :day) and exists (select 1 from certificate_event e "
            + "where e.certificate_id = c.id and e.event_type in (" + GRANTS + ") and e.event_date <= :day "
            + "and e.valid_until >= :day {scope:e}) {scope:c}";

    private final DataScope dataScope;
    private final ScopedStatements statements;
    private final Clock clock;

    OfficerStatisticsQuery(DataScope dataScope, ScopedStatements statements, Clock clock) {
        this.dataScope = dataScope;
        this.statements = statements;
        this.clock = clock;
    }

    /** One statement, outside a transaction when called on its own ({@link ScopedStatements}). */
    @Override
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = year == today.getYear() ? today : last;

        Map<CertificateEventType, Long> counts = new EnumMap<>(CertificateEventType.class);
        long[] valid = new long[1];
        statements.query(FIGURES, ScopedSql.countedFor(unit),
                Map.of("first", first, "last", last, "day", reference), rs -> {
                    while (rs.next()) {
                        if (rs.getInt(1) == 1) {
                            valid[0] = rs.getLong(3);
                        } else {
                            counts.put(CertificateEventType.valueOf(rs.getString(2)), rs.getLong(3));
                        }
                    }
                    return null;
                });
        return new Figures(year, orgUnitId, counts.getOrDefault(CertificateEventType.APPLY, 0L),
                counts.getOrDefault(CertificateEventType.RENEW, 0L),
                counts.getOrDefault(CertificateEventType.CANCEL, 0L),
                counts.getOrDefault(CertificateEventType.CLEAR, 0L), valid[0]);
    }
}
