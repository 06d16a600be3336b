package org.fazhi.mediation.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mediation module ({@code fazhi.mediation.*}).
 *
 * @param conclusionMonths      the conclusion target: 司法部令第75号《人民调解工作若干规定》第33条 — a mediation is
 *                              normally concluded within one month of acceptance; a town may set another target
 * @param majorDeaths           a dispute involving at least this many deaths is major (重大纠纷)
 * @param majorGroupSize        a dispute involving at least this many persons is a group dispute, hence major
 * @param majorAmount           a dispute involving at least this amount (元) is major
 * @param townCommitteeUnitName the name of the town department that is the town mediation committee (镇人民调解委员会)
 * @param caseNumberTemplate    the case number: {town} the town's short name, {year}, {seq}
 */
@ConfigurationProperties("fazhi.mediation")
public record MediationSettings(@DefaultValue("1") int conclusionMonths,
                                @DefaultValue("1") int majorDeaths,
                                @DefaultValue("5") int majorGroupSize,
                                @DefaultValue("500000") BigDecimal majorAmount,
                                @DefaultValue("镇人民调解委员会") String townCommitteeUnitName,
                                @DefaultValue("海{town}调〔{year}〕{seq}号") String caseNumberTemplate) {
}
