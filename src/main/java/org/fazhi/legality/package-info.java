/**
 * 合法性审查 — drafts a department or the leader sends to the judicial office's legal reviewer before they are
 * decided or signed: 行政规范性文件, 重大行政决策草案, 政府合同 and others. Each review runs on one clock of the
 * deadline engine (the period of its kind), may be returned for more material (the clock restarts when it arrives),
 * asks the town's counsel for an opinion (counsel writes it here, on a clock of its own) and ends with the reviewer's
 * conclusion. Other modules read the count of counsel's opinions through
 * {@link org.fazhi.legality.CounselOpinionCounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "合法性审查 Legality review")
package org.fazhi.legality;
