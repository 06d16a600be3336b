package org.fazhi.mediation.internal;

import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;

/** 调解组织 — the committee holding a dispute: a village (村调委会) or the town (镇调委会, 《人民调解法》第34条). */
public enum CommitteeLevel {
    VILLAGE("村调委会"), TOWN("镇调委会");

    private final String label;

    CommitteeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a committee held by that unit: a village's own, else the town's. */
    static CommitteeLevel of(OrgUnitView holder) {
        return holder.type() == OrgUnitType.VILLAGE ? VILLAGE : TOWN;
    }
}
