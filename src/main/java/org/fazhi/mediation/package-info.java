/**
 * 矛盾纠纷排查化解 — people's mediation of disputes under the People's Mediation Law: intake from every source, village
 * and town mediation committees, sessions, written and oral agreements, hand-over from a village to the town committee,
 * reports to the police, major disputes, screening campaigns (专项排查), court-confirmation windows, ledger import and
 * the outcome statistics that the dashboard, the exports and the annual report quote ({@link
 * org.fazhi.mediation.MediationStatistics}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "矛盾纠纷 Dispute mediation")
package org.fazhi.mediation;
