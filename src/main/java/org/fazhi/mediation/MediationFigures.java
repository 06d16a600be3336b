package org.fazhi.mediation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The mediation figures of one year and one org unit, as the annual report quotes them (see {@link
 * MediationStatistics} for the definitions).
 *
 * @param successRate     succeeded / accepted × 100, half-up to two decimals; {@code null} when nothing was accepted
 * @param referred        accepted disputes referred by the police, a court, the petition office or another department
 *                        (接受委托移送调解)
 * @param inMediation     accepted disputes still open (调解中)
 * @param townCommittee   the same figures for the disputes the town committee held at conclusion (or holds now)
 * @param byCategory      every {@link DisputeCategory}, zeros included, in their order
 * @param bySource        every source, zeros included
 * @param byVillage       accepted disputes per village (所属村居) of the unit, zeros included
 * @param byMonth         accepted disputes per month, January first
 */
public record MediationFigures(int year, long orgUnitId, String orgUnitName, long accepted, long succeeded,
                               BigDecimal successRate, long writtenAgreements, long oralAgreements,
                               long majorDisputes, long majorResolved, long referred, long inMediation, long failed,
                               long terminated, CommitteeFigures townCommittee, Map<String, Long> byCategory,
                               Map<String, Long> bySource, Map<String, Long> byVillage, List<Long> byMonth) {

    /** The figures of one committee. */
    public record CommitteeFigures(long accepted, long succeeded, long writtenAgreements, long oralAgreements) {
    }
}
