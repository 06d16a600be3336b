package org.fazhi.organization.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.support.ScopeProbe;
import org.junit.jupiter.api.Test;

/** The unit whose figures count a record: the district all, a town its own, a department what it holds. */
class ScopedRecordCountsTest {

    private static final OrgUnitView DISTRICT = unit(1, OrgUnitType.DISTRICT, null, null);
    private static final OrgUnitView TOWN = unit(10, OrgUnitType.TOWN, 1L, 10L);
    private static final OrgUnitView OTHER_TOWN = unit(20, OrgUnitType.TOWN, 1L, 20L);
    private static final OrgUnitView OFFICE = unit(11, OrgUnitType.DEPARTMENT, 10L, 10L);
    private static final OrgUnitView OTHER_OFFICE = unit(12, OrgUnitType.DEPARTMENT, 10L, 10L);

    private static OrgUnitView unit(long id, OrgUnitType type, Long parent, Long town) {
        return new OrgUnitView(id, "u" + id, type, parent, town, null, "c" + id, false, 0);
    }

    @Test
    void a_record_held_by_a_department_counts_for_the_department_its_town_and_the_district_only() {
        ScopeProbe record = new ScopeProbe(OFFICE, "probe", null);

        assertThat(record.countsFor(DISTRICT)).isTrue();
        assertThat(record.countsFor(TOWN)).isTrue();
        assertThat(record.countsFor(OFFICE)).isTrue();
        assertThat(record.countsFor(OTHER_OFFICE)).isFalse();
        assertThat(record.countsFor(OTHER_TOWN)).isFalse();
    }
}
