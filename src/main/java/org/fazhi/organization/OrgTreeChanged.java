package org.fazhi.organization;

/** Published when an org unit was created, renamed or deactivated. */
public record OrgTreeChanged(long orgUnitId) {
}
