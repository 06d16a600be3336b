package org.fazhi.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision handed to the publication desk, unredacted; the desk redacts it. Personal data travels here once and is
 * kept only in the redacted form that the public may see (the full record stays with the deciding module).
 *
 * @param holderUnitId   the unit holding the decision (its town owns the publication)
 * @param partyIdNumber  the natural person's ID number: it is never published, but gives the birth date that decides
 *                       whether the party was a minor on the day of the violation (no publication at all then)
 * @param partyBirthDate the natural person's birth date as recorded, for an ID number that does not carry one (or
 *                       none), else {@code null}
 * @param otherPersons   names of the other natural persons the deciding module knows (agents, witnesses, victims):
 *                       masked wherever they appear in the texts
 * @param penalty        the penalty as stated (种类和幅度), e.g. 警告、罚款人民币2000元
 * @param fineAmount     the fine in yuan, or {@code null}
 * @param violationOn    the day the violation was committed (the day the party's age is taken on), or, when the
 *                       record does not know it, the earliest day it holds; {@code null}: the decision date
 */
public record DecisionToPublish(long holderUnitId, DecisionKind kind, String caseNumber, String decisionNumber,
                                String title, PartyType partyType, String partyName, String partyIdNumber,
                                LocalDate partyBirthDate, String partyPhone, String partyAddress,
                                List<String> otherPersons, String violation, String basis, String penalty,
                                BigDecimal fineAmount, LocalDate decidedOn, LocalDate violationOn) {

    public DecisionToPublish {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(partyType, "partyType");
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(decidedOn, "decidedOn");
        otherPersons = otherPersons == null ? List.of() : List.copyOf(otherPersons);
    }

    /** The day the party's age is taken on (provincial rules: no publication where the party is a minor). */
    public LocalDate ageTakenOn() {
        return violationOn == null ? decidedOn : violationOn;
    }
}
