package org.fazhi.organization;

import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.PersonalMasking;
import org.fazhi.shared.TownOwned;

/**
 * 个人信息查看 — who reads a party's personal data in clear: the holders of the permission that grants it for a
 * module (within the data scope, which already limits the records they see), optionally only for records of their own
 * town, and the platform's own work (documents, jobs). Everyone else reads the masked forms of
 * {@link PersonalMasking}. A module declares its policy once and asks it; it never checks authorities itself.
 * <pre>
 * static final PersonalDataPolicy APPLICANTS = PersonalDataPolicy.readableWith(Permission.DISCLOSURE_WRITE).ownTownOnly();
 * PartyData shown = APPLICANTS.view(a.applicant(), a.applicantType().person(), a);
 * </pre>
 */
public final class PersonalDataPolicy {

    private final Permission clearReading;
    private final boolean ownTownOnly;

    private PersonalDataPolicy(Permission clearReading, boolean ownTownOnly) {
        this.clearReading = clearReading;
        this.ownTownOnly = ownTownOnly;
    }

    /** Holders of {@code permission} read in clear. */
    public static PersonalDataPolicy readableWith(Permission permission) {
        return new PersonalDataPolicy(permission, false);
    }

    /**
     * Only for records of the holder's own town: not the district, whose scope covers every town, nor a user of
     * another town who was granted the record's scope.
     */
    public PersonalDataPolicy ownTownOnly() {
        return new PersonalDataPolicy(clearReading, true);
    }

    /** Whether the current caller reads in clear the personal data of records it may read at all. */
    public boolean readsInClear() {
        return readsInClear(null);
    }

    /** Whether the current caller reads the personal data of {@code record} in clear. */
    public boolean readsInClear(TownOwned record) {
        if (DataScope.current().system()) {
            return true;
        }
        return DataScope.currentUser().filter(u -> u.getAuthorities().stream()
                        .anyMatch(g -> clearReading.name().equals(g.getAuthority())))
                .filter(u -> !ownTownOnly || record != null && u.homeUnit().townId() != null
                        && u.homeUnit().townId().equals(record.getTownId()))
                .isPresent();
    }

    /** The party as the current caller may see it on {@code record}: in clear, or {@link PartyData#masked}. */
    public PartyData view(PartyData party, boolean naturalPerson, TownOwned record) {
        if (party == null) {
            return null;
        }
        return readsInClear(record) ? party : party.masked(naturalPerson);
    }
}
