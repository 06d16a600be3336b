package org.fazhi.litigation.internal;

import java.time.LocalDate;
import org.fazhi.disclosure.DisclosureChallengeFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table 四 of the annual disclosure report (政府信息公开行政复议、行政诉讼情况) from the cases of this module whose
 * challenged act is a disclosure application — the one record of such a case; the disclosure module keeps none.
 * Reconsiderations count under 行政复议, lawsuits under 未经复议直接起诉 or 复议后起诉; an appeal continues its first
 * instance and is not counted again. A case concluded in the year counts under its outcome's column
 * ({@link Outcome#disclosureResult()}); a case whose copy was received by the year's end and not concluded by then
 * counts as 尚未审结.
 */
@Component
class DisclosureChallengeQuery implements DisclosureChallengeFigures {

    private final LitigationCaseRepository cases;

    DisclosureChallengeQuery(LitigationCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public long count(long townId, int year, Route route, Result result) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return cases.findByTownIdAndActType(townId, ActType.DISCLOSURE_APPLICATION).stream()
                .filter(c -> c.getInstance() != InstanceLevel.SECOND && routeOf(c) == route)
                .filter(c -> columnOf(c, first, last) == result).count();
    }

    static Route routeOf(LitigationCase c) {
        if (c.getKind() == CaseKind.RECONSIDERATION) {
            return Route.RECONSIDERATION;
        }
        return c.isAfterReconsideration() ? Route.SUIT_AFTER_RECONSIDERATION : Route.SUIT_DIRECT;
    }

    /** The column the year counts the case in; {@code null} when concluded before the year or received after it. */
    static Result columnOf(LitigationCase c, LocalDate first, LocalDate last) {
        if (c.getCopyReceivedOn().isAfter(last)) {
            return null;
        }
        if (c.getConcludedOn() == null || c.getConcludedOn().isAfter(last)) {
            return Result.PENDING;
        }
        return c.getConcludedOn().isBefore(first) ? null : c.getOutcome().disclosureResult();
    }
}
