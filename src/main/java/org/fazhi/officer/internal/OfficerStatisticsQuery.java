package org.fazhi.officer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fazhi.officer.OfficerStatistics;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.Input;
import org.fazhi.shared.TownOwned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The year's certificate figures, computed from the lifecycle events and the certificates of the caller's scope. */
@Component
class OfficerStatisticsQuery implements OfficerStatistics {

    private final CertificateEventRepository events;
    private final CertificateRepository certificates;
    private final DataScope dataScope;
    private final Clock clock;

    OfficerStatisticsQuery(CertificateEventRepository events, CertificateRepository certificates,
                           DataScope dataScope, Clock clock) {
        this.events = events;
        this.certificates = certificates;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures of(int year, long orgUnitId) {
        Input.requireYear(year);
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        Predicate<Object> inUnit = record -> belongs(record, unit);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate reference = year == today.getYear() ? today : last;

        List<CertificateEvent> all = events.findAll().stream().filter(inUnit::test).toList();
        Map<CertificateEventType, Long> counts = new HashMap<>();
        for (CertificateEvent e : all) {
            if (!e.getDate().isBefore(first) && !e.getDate().isAfter(last)) {
                counts.merge(e.getType(), 1L, Long::sum);
            }
        }
        long valid = certificates.findAll().stream().filter(inUnit::test).filter(c -> c.validOn(reference, all))
                .count();
        return new Figures(year, orgUnitId, counts.getOrDefault(CertificateEventType.APPLY, 0L),
                counts.getOrDefault(CertificateEventType.RENEW, 0L),
                counts.getOrDefault(CertificateEventType.CANCEL, 0L),
                counts.getOrDefault(CertificateEventType.CLEAR, 0L), valid);
    }

    /** A town counts its own records; a department or village those it holds; the district every record in scope. */
    private static boolean belongs(Object record, OrgUnitView unit) {
        if (unit.type() == OrgUnitType.DISTRICT) {
            return true;
        }
        if (unit.type() == OrgUnitType.TOWN) {
            return unit.townId().equals(((TownOwned) record).getTownId());
        }
        long holder = record instanceof CertificateEvent e ? e.getHolderUnitId()
                : ((EnforcementCertificate) record).getHolderUnitId();
        return holder == unit.id();
    }
}
