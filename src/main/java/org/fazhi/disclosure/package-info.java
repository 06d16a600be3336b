/**
 * 政务公开 — government information disclosure under 《政府信息公开条例》 (国务院令第711号): the proactive disclosure
 * catalogue with its publication clock (art. 26), applications for disclosure on the statutory answer clock
 * (arts. 30–35, 42) with their outcomes in the categories of the national report, reconsideration and litigation cases
 * about disclosure, and the statutory annual disclosure report (art. 49, 国办公开办函〔2021〕30号). Other modules
 * contribute the enforcement figures of table 二 by implementing {@link org.fazhi.disclosure.DisclosureFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "政务公开 Government information disclosure")
package org.fazhi.disclosure;
