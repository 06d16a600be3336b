package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * 加处罚款 — 《行政处罚法》第72条: 3 % of the fine for every day from the day after the payment due date, at most the
 * fine itself; 第73条: not while reconsideration or litigation is pending. The due date is the one the official
 * calendar gives today ({@link CaseDates}), never a date computed before the calendar was entered or corrected.
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
        return of(fine, dueOn, paidOn, remedyFrom == null ? List.of()
                : List.of(new Remedies.Pending(remedyFrom, remedyUntil)));
    }

    /** The late fee with every period reconsideration or litigation was pending left out. */
    public static BigDecimal of(BigDecimal fine, LocalDate dueOn, LocalDate paidOn, List<Remedies.Pending> pending) {
        if (fine == null || fine.signum() <= 0 || dueOn == null || !paidOn.isAfter(dueOn)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long days = 0;
        for (LocalDate d = dueOn.plusDays(1); !d.isAfter(paidOn); d = d.plusDays(1)) {
            LocalDate day = d;
            if (pending.stream().noneMatch(p -> p.covers(day))) {
                days++;
            }
        }
        BigDecimal fee = fine.multiply(PenaltyPeriods.LATE_FEE_RATE).multiply(BigDecimal.valueOf(days));
        return fee.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
