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
 * @param partyIdNumber  the natural person's ID number: it is never published, but decides whether the party was a
 *                       minor on the decision date (no publication at all then)
 * @param otherPersons   names of other natural persons that may appear in the texts (hidden)
 * @param penalty        the penalty as stated (种类和幅度), e.g. 警告、罚款人民币2000元
 * @param fineAmount     the fine in yuan, or {@code null}
 */
public record DecisionToPublish(long holderUnitId, DecisionKind kind, String caseNumber, String decisionNumber,
                                String title, PartyType partyType, String partyName, String partyIdNumber,
                                String partyPhone, String partyAddress, List<String> otherPersons, String violation,
                                String basis, String penalty, BigDecimal fineAmount, LocalDate decidedOn) {

    public DecisionToPublish {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(partyType, "partyType");
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(decidedOn, "decidedOn");
        otherPersons = otherPersons == null ? List.of() : List.copyOf(otherPersons);
    }
}
