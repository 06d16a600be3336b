package org.fazhi.enforcement.internal;

import java.math.BigDecimal;

/**
 * 没收的数额 — what a proposed or decided penalty confiscates: the amount of the illegal gains (没收违法所得) and the
 * value of the illegal property (没收非法财物), in yuan. Together they are weighed against the province's "large
 * amount" of 《行政处罚法》第63条第1款第2项 ({@link HearingRight}). A value is {@code null} when the penalty has no such
 * kind.
 *
 * @param gains         违法所得数额
 * @param propertyValue 非法财物价值 (as assessed; worthless contraband may be 0)
 */
public record Confiscation(BigDecimal gains, BigDecimal propertyValue) {

    /** Nothing confiscated: a step or a proposal that carries no confiscation values. */
    public static final Confiscation NONE = new Confiscation(null, null);

    public static Confiscation of(BigDecimal gains, BigDecimal propertyValue) {
        return gains == null && propertyValue == null ? NONE : new Confiscation(gains, propertyValue);
    }
}
