/**
 * 依法应对突发事件 — emergency management of a town: contingency plans (overall and special) with their evaluation
 * and drill clocks, drills and revisions; the duty roster with its leader on duty and handovers; incidents through
 * 信息报告 → 应急响应 → 恢复重建 → 调查评估, each report on a reporting clock counted in minutes from the time the
 * incident became known; public warnings in four levels, shown on the town's portal while in force; information
 * published about an incident and rumour responses. {@link org.fazhi.emergency.EmergencyStatistics} gives the year's
 * figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "突发事件应对 Emergency management")
package org.fazhi.emergency;
