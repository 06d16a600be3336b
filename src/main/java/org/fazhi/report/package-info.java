/**
 * 法治政府建设年度报告 — the town's annual rule-of-law government report under 《法治政府建设与责任落实督察工作规定》
 * (2019) arts. 24–25: generated from the platform's figures, each read through the owning module's public statistics by
 * one figure source per module, rendered into the sections of the report from templates the installation keeps, edited
 * by the legal reviewer with every version kept, approved by the leader (figures frozen), and published by 1 April of
 * the following year on the deadline engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "法治政府建设年度报告 Annual rule-of-law report")
package org.fazhi.report;
