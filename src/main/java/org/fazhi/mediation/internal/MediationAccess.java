package org.fazhi.mediation.internal;

import org.fazhi.organization.DataScope;
import org.fazhi.organization.Permission;

/**
 * Who handles cases: holders of MEDIATION_WRITE. Only they see parties' ID numbers, phones and addresses (the scope
 * already limits them to the disputes of their committee's reach); everyone else reads names only.
 */
public final class MediationAccess {

    private MediationAccess() {
    }

    public static boolean handles() {
        return DataScope.currentUserHolds(Permission.MEDIATION_WRITE);
    }
}
