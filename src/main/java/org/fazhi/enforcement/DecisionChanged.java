package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * 行政处罚决定变更或撤销 — a decision was changed, revoked, confirmed unlawful or confirmed void (e.g. after
 * reconsideration or litigation); its publication is withdrawn within 3 working days (《行政处罚法》第48条).
 */
public record DecisionChanged(long caseId, long townId, String caseNumber, String decisionNumber, LocalDate on,
                              String reason) {
}
