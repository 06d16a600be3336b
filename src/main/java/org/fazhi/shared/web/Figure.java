package org.fazhi.shared.web;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 指标 — one figure of a dashboard: a count or a rate the module's statistics computed for one stated period, shown
 * with that period and leading to the list of the records it counts. A figure cannot be made without its period and
 * its link, so every module's dashboard says what it counts and where to find it
 * ({@code fragments/dashboard :: figures}).
 *
 * @param id       the element id of the value (for tests and screen readers' landmarks)
 * @param labelKey message key of what is counted
 * @param value    the value as printed: digits without grouping, a rate with its percent sign, or "—" when the rate
 *                 has no denominator
 * @param period   the period counted
 * @param href     the filtered list of the records counted
 * @param alert    shown in red (something late or overdue is counted and it is not zero)
 */
public record Figure(String id, String labelKey, String value, Period period, String href, boolean alert) {

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(href, "href");
        if (!href.startsWith("/")) {
            throw new IllegalArgumentException("a figure leads to a page of the platform: " + href);
        }
    }

    /** A count, printed without thousands separators. */
    public static Figure count(String id, String labelKey, long count, Period period, String href) {
        return new Figure(id, labelKey, Long.toString(count), period, href, false);
    }

    /** A rate in percent as the statistics computed it, or "—" when it is {@code null} (nothing to divide by). */
    public static Figure percent(String id, String labelKey, BigDecimal percent, Period period, String href) {
        return new Figure(id, labelKey, percent == null ? "—" : percent.toPlainString() + "%", period, href, false);
    }

    /** The same figure in red when {@code late} counts something (a late or overdue count above zero). */
    public Figure alertWhen(boolean late) {
        return new Figure(id, labelKey, value, period, href, late);
    }
}
