package org.fazhi.legality.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.legality.CounselOpinionCounts;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counsel's opinions of a year by review kind, counted by the day each was written. */
@Component
class CounselOpinionQuery implements CounselOpinionCounts {

    private final CounselOpinionRepository opinions;
    private final DataScope dataScope;

    CounselOpinionQuery(CounselOpinionRepository opinions, DataScope dataScope) {
        this.opinions = opinions;
        this.dataScope = dataScope;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> byKind(int year, long orgUnitId) {
        OrgUnitView unit = dataScope.requireVisibleUnit(orgUnitId);
        Map<String, Long> out = new TreeMap<>();
        if (unit.type() == OrgUnitType.VILLAGE) {
            return out;
        }
        for (Object[] row : opinions.writtenBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            long townId = ((Number) row[1]).longValue();
            if (unit.type() == OrgUnitType.DISTRICT || (unit.townId() != null && unit.townId() == townId)) {
                out.merge(((ReviewKind) row[0]).name(), ((Number) row[2]).longValue(), Long::sum);
            }
        }
        return out;
    }
}
