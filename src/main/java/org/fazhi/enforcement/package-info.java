/**
 * 行政执法 — administrative penalty cases (行政处罚案件) under the three systems (三项制度): the statutory procedure of
 * 《行政处罚法》 from filing to closure as one explicit state machine, every statutory period a clock of the deadline
 * engine, officers with valid certificates on every outward step, legal review and collective discussion, the town's
 * case-flow approvals, full-process records (执法全过程记录) with integrity checks, documents, and the year's figures
 * ({@link org.fazhi.enforcement.EnforcementStatistics}). It hands each penalty decision, and its withdrawal, to the
 * publication desk ({@link org.fazhi.publication.PublicationDesk}) in the deciding transaction. Coercive measures
 * (行政强制措施: 查封、扣押、冻结存款汇款、其他) taken in a case are recorded on it. The module gives the annual disclosure
 * report its 行政处罚 and 行政强制 figures ({@link org.fazhi.disclosure.DisclosureFigures}: decisions to penalise of the
 * year, imported past decisions included; coercive measures applied in the year), as its statistics compute them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政执法 Enforcement cases")
package org.fazhi.enforcement;
