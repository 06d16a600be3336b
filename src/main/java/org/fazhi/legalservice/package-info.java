/**
 * 公共法律服务（智慧法治）— legal questions the public asks on the town's portal, routed to the advisor engaged for
 * the village on the day asked or to the town's counsel, answered within the town's answer period on the deadline
 * engine and published with the asker's consent after redaction; referrals to people's mediation, to the district
 * legal-aid centre (《法律援助法》) or another agency. Other modules read the year's figures through
 * {@link org.fazhi.legalservice.LegalServiceStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共法律服务 Public legal services")
package org.fazhi.legalservice;
