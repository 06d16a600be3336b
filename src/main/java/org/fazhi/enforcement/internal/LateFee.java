package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * 加处罚款 — 《行政处罚法》第72条: 3 % of the fine for every day from the day after the payment due date, at most the
 * fine itself; 第73条: not while reconsideration or litigation is pending.
 */
public final class LateFee {

    private LateFee() {
    }

    /**
     * @param dueOn       the last day to pay
     * @param paidOn      the day of payment (or the day asked about)
     * @param remedyFrom  first day reconsideration or litigation was pending, or {@code null}
     * @param remedyUntil last day it was pending ({@code null} while still pending)
     */
    public static BigDecimal of(BigDecimal fine, LocalDate dueOn, LocalDate paidOn, LocalDate remedyFrom,
                                LocalDate remedyUntil) {
        if (fine == null || fine.signum() <= 0 || dueOn == null || !paidOn.isAfter(dueOn)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long days = 0;
        for (LocalDate d = dueOn.plusDays(1); !d.isAfter(paidOn); d = d.plusDays(1)) {
            boolean suspended = remedyFrom != null && !d.isBefore(remedyFrom)
                    && (remedyUntil == null || !d.isAfter(remedyUntil));
            if (!suspended) {
                days++;
            }
        }
        BigDecimal fee = fine.multiply(PenaltyPeriods.LATE_FEE_RATE).multiply(BigDecimal.valueOf(days));
        return fee.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
