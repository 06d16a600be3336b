/**
 * 法治队伍 — the town's legal-service teams as the judicial office keeps them: village legal advisors (村（居）法律顾问)
 * and the villages each serves over an engagement period, with their service log compared against the town's service
 * norms; the town government's own counsel contracts (政府法律顾问); 法律明白人 per village and 法治副校长 per school.
 * An engagement ending soon is a clock on the deadline engine; a village left without an advisor is flagged. Other
 * modules (the dashboard, later the annual report) read the year's figures through
 * {@link org.fazhi.counsel.LegalTeamStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "法治队伍 Legal teams")
package org.fazhi.counsel;
