package org.fazhi.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Publication figures of a year (by decision date). Which figures a publication counts under is {@link Count},
 * decided in one place (the publication module's statistics), so that a figure and the list behind it agree.
 *
 * @param publishedOnTime published by the due date
 * @param publishedLate   published after the due date, or not published past it: still waiting, or revoked after the
 *                        due date without ever having been published
 * @param withdrawn       withdrawn after the decision was changed, revoked, confirmed unlawful or void
 * @param withheld        not published (不予公示): the party was a minor on the day of the violation, or a reviewer
 *                        withheld it for secrets, privacy or security; counted here only, whatever came before
 * @param revoked         decisions changed, revoked, confirmed unlawful or void, whatever the state of their
 *                        publication (pending, published, withheld, taken down)
 */
public record PublicationFigures(long publishedOnTime, long publishedLate, long withdrawn, long withheld,
                                 long revoked) {

    /** What a figure counts; the publication desk lists the decisions behind each ({@code /publications?count=…}). */
    public enum Count {
        /** 到期应公示: due by today, published on time or late — the on-time rate's denominator */
        DUE,
        /** 按时公示 */
        ON_TIME,
        /** 逾期公示: published after the due date, or not published past it */
        LATE,
        /** 撤回 */
        WITHDRAWN,
        /** 不予公示 */
        WITHHELD,
        /** 决定被变更、撤销、确认违法或无效 */
        REVOKED
    }

    /** The decisions due by today: published on time or late. */
    public long due() {
        return publishedOnTime + publishedLate;
    }

    /** 按时公示率 in percent with two decimals, or {@code null} when nothing was due. */
    public BigDecimal onTimeRate() {
        return due() == 0 ? null : BigDecimal.valueOf(publishedOnTime * 100).divide(BigDecimal.valueOf(due()), 2,
                RoundingMode.HALF_UP);
    }
}
