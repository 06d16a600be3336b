/**
 * 执法公示 — public disclosure of enforcement decisions (三项制度, 国办发〔2018〕118号): every decision is published,
 * redacted, on its statutory clock (7 working days for penalties and licences, 20 for other decisions), confirmed by a
 * reviewer first, withdrawn within 3 working days when the decision is changed, revoked, confirmed unlawful or void,
 * and taken down when its publication period ends. The public searches the redacted text only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法公示 Enforcement disclosure")
package org.fazhi.publication;
