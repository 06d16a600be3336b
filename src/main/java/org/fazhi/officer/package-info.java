/**
 * 执法人员与行政执法证 — the register of enforcement officers (unit, enforcement category, legal exam result, training
 * hours per year) and of their enforcement certificates through the lifecycle 申领 / 换证 / 注销 / 清理, with a
 * deadline-engine clock that warns before a certificate expires. Other modules ask
 * {@link org.fazhi.officer.CertificateRegister} whether officers may act on a date (an officer without a valid
 * certificate cannot act on a case), and {@link org.fazhi.officer.OfficerStatistics} for the year's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法人员与执法证 Enforcement officers")
package org.fazhi.officer;
