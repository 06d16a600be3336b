package org.fazhi.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The year's figures of applications for disclosure (依申请公开) of one town, computed in one place for the annual
 * reports. Applications count by the day they were received; answers by the day of the decision.
 */
public interface DisclosureStatistics {

    /** Figures of the town of {@code orgUnitId} (a department or village stands for its town); 403 outside scope. */
    Figures of(int year, long orgUnitId);

    /**
     * @param received       applications received in the year (本年新收政府信息公开申请数量)
     * @param answered       applications answered in the year, whenever received
     * @param answeredOnTime of those, answered within the statutory period (第33条, with its extension)
     */
    record Figures(int year, long townId, long received, long answered, long answeredOnTime) {

        /** 按期答复率: answered on time / answered × 100, half-up to two decimals; {@code null} when none answered. */
        public BigDecimal onTimeRate() {
            return answered == 0 ? null : BigDecimal.valueOf(answeredOnTime * 100)
                    .divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP);
        }
    }
}
