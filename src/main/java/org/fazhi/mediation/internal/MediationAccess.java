package org.fazhi.mediation.internal;

import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;

/**
 * Who handles cases: holders of MEDIATION_WRITE. Only they see parties' ID numbers, phones and addresses (the scope
 * already limits them to the disputes of their committee's reach); everyone else reads names only.
 */
public final class MediationAccess {

    /** Parties' personal data is read in clear by those who handle cases. */
    public static final PersonalDataPolicy PARTY_DATA = PersonalDataPolicy.readableWith(Permission.MEDIATION_WRITE);

    private MediationAccess() {
    }

    public static boolean handles() {
        return PARTY_DATA.readsInClear();
    }
}
