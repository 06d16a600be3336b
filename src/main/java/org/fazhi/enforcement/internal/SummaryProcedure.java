package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;

/**
 * 简易程序 — which penalty may be decided on the spot (《行政处罚法》第51条): a warning, or a fine up to 200 yuan for a
 * citizen and 3,000 yuan for an organisation ({@link PenaltyPeriods#SUMMARY_MAX_FINE_PERSON},
 * {@link PenaltyPeriods#SUMMARY_MAX_FINE_ORGANISATION}). {@link CaseProcedure} refuses the notice of a summary case
 * whose proposal goes beyond them.
 */
final class SummaryProcedure {

    private SummaryProcedure() {
    }

    /** 第51条: warning, or a fine up to 200 yuan (citizen) / 3,000 yuan (organisation). */
    static boolean allows(PenaltyCase c, Set<PenaltyKind> kinds, BigDecimal fine) {
        if (!EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE).containsAll(kinds)) {
            return false;
        }
        if (!kinds.contains(PenaltyKind.FINE)) {
            return true;
        }
        BigDecimal max = c.isOrganisation() ? PenaltyPeriods.SUMMARY_MAX_FINE_ORGANISATION
                : PenaltyPeriods.SUMMARY_MAX_FINE_PERSON;
        return fine != null && fine.compareTo(max) <= 0;
    }
}
