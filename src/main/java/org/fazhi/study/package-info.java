/**
 * 领导干部学法 — the leaders' law study: sessions (党政联席会, 中心组学习, 专题业务培训, 会前学法) with topic, host and
 * who attended, the town's annual plan against what was done, each leader's attendance, and the first responsible
 * person's 述法 statement for the year. Other modules ask {@link org.fazhi.study.StudyStatistics} for the figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "领导干部学法 Leaders' law study")
package org.fazhi.study;
