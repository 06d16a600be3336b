package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 作出行政处罚决定 — published in the transaction that records a decision (penalty, no penalty or transfer), with what
 * the disclosure of decisions needs. The party's ID number travels only so that a listener can tell a minor; it is
 * never to be published.
 *
 * @param partyType    {@code NATURAL_PERSON} or {@code ORGANISATION}
 * @param outcome      {@code PENALTY}, {@code NO_PENALTY_MINOR}, {@code NO_PENALTY_UNPROVEN} or {@code TRANSFER}
 * @param kinds        the penalty kinds (art. 9), empty unless a penalty
 * @param penaltyText  the penalty as stated in the decision, e.g. 警告、罚款人民币2000元
 * @param officers     the officers named on the case, with certificate numbers
 */
public record PenaltyDecided(long caseId, long townId, long holderUnitId, String caseNumber, String decisionNumber,
                             String title, String partyType, String partyName, String partyIdNumber,
                             String partyAddress, String partyPhone, String violation, String basis, String outcome,
                             List<PenaltyKind> kinds, String penaltyText, BigDecimal fineAmount, LocalDate decidedOn,
                             List<String> officers) {
}
