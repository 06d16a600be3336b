/**
 * 行政应诉与行政复议 — lawsuits (行政诉讼, first and second instance) and reconsiderations (行政复议) in which the town
 * or one of its departments answers: the challenged act (a penalty case, an imported past decision, a disclosure
 * application, or described), the answer's clock on the deadline engine (15 calendar days for a lawsuit, 10 working
 * days for a reconsideration), the hearings with the head's appearance or the court's accepted excuse, and the
 * outcome. Other modules and the reports read the year's figures (appearance rate, loss rate) through
 * {@link org.fazhi.litigation.LitigationStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政应诉与行政复议 Litigation and reconsideration")
package org.fazhi.litigation;
