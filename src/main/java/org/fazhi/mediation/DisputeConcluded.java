package org.fazhi.mediation;

import java.time.LocalDate;

/**
 * A dispute's mediation ended (调解结案): published once, when it is concluded as succeeded, failed or terminated.
 *
 * @param outcome {@code SUCCEEDED}, {@code FAILED} or {@code TERMINATED}
 */
public record DisputeConcluded(long disputeId, long townId, String caseNo, String outcome, LocalDate concludedOn) {
}
