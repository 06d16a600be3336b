package org.fazhi.report.internal;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;

/**
 * 数据来源 — the figures one business module contributes to the report, read through that module's public statistics
 * interface (never its tables). One bean per module; a module that joins the platform later adds its bean here and its
 * placeholders stop reading "not recorded".
 */
public interface FigureSource {

    /** The first part of every key this source answers ({@code mediation} for {@code mediation.accepted}). */
    String prefix();

    /** The platform module the figures come from, as the API names it. */
    String module();

    /** The figures of the town's year, in the caller's data scope. */
    List<FigureValue> figures(int year, OrgUnitView town);

    /**
     * The platform's list of the records behind each figure, filtered to the town and year: known without computing
     * the figures, so that an approved report links its frozen figures too.
     */
    Map<String, String> links(int year, OrgUnitView town);

    /** A count printed in Arabic digits without grouping. */
    static FigureValue count(String key, long value) {
        return new FigureValue(key, Long.toString(value));
    }

    /** A rate in percent with two decimals ({@code 95.36%}), or "—" when it has no denominator. */
    static FigureValue percent(String key, java.math.BigDecimal value) {
        return new FigureValue(key, value == null ? "—" : value.setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "%");
    }

    /**
     * One figure as computed now.
     *
     * @param value as printed in the report
     */
    record FigureValue(String key, String value) {
    }
}
