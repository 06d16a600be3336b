package org.fazhi.enforcement.web;

import java.time.LocalDate;
import org.fazhi.enforcement.internal.CaseSettings;
import org.fazhi.enforcement.internal.LegalReviewer;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.RuleViolation;

/**
 * Who registers a legal reviewer's qualification (《行政处罚法》第58条第2款): the town's leader for their town, or the
 * security administrator for any town they name — never the reviewer (the service refuses self-registration).
 */
final class ReviewerRegistration {

    private ReviewerRegistration() {
    }

    static LegalReviewer register(CaseSettings cases, DataScope scope, String username, boolean qualified,
                                  LocalDate firstReviewOn, Long town) {
        FazhiUser user = DataScope.currentUser().orElseThrow(() -> new AccessDenied("error.forbidden"));
        Long townId = town != null ? scope.requireVisibleUnit(town).townId() : user.homeUnit().townId();
        if (townId == null) {
            throw RuleViolation.onField("town", "enforcement.settings.town");
        }
        if (user.scope().readOnly()) {
            // the security administrator keeps no business records of their own: the register entry is written
            // on the town's behalf, the audit trail still names the administrator
            return DataScope.asSystem(() -> cases.registerReviewer(username, qualified, firstReviewOn, townId));
        }
        scope.requireWritableHolder(townId);
        return cases.registerReviewer(username, qualified, firstReviewOn, townId);
    }
}
