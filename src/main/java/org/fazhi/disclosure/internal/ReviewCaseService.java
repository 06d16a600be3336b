package org.fazhi.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records reconsideration and litigation cases about disclosure (table 四 of the annual report). */
@Service
@Transactional
public class ReviewCaseService {

    private final ReviewCaseRepository cases;
    private final ApplicationRepository applications;
    private final Clock clock;

    ReviewCaseService(ReviewCaseRepository cases, ApplicationRepository applications, Clock clock) {
        this.cases = cases;
        this.applications = applications;
        this.clock = clock;
    }

    public ReviewCase record(String kind, String caseNumber, Long applicationId, String filedOn, String result,
                             String concludedOn, String summary) {
        Input in = new Input();
        ReviewCase.Kind k = in.choice("kind", ReviewCase.Kind.class, kind, true);
        String number = in.text("caseNumber", caseNumber, 100, true);
        LocalDate filed = in.date("filedOn", filedOn, true);
        ReviewCase.Result r = in.choice("result", ReviewCase.Result.class, result, true);
        LocalDate concluded = in.date("concludedOn", concludedOn, false);
        String s = in.text("summary", summary, 2000, false);
        in.check();
        if (applicationId != null && applications.findById(applicationId).isEmpty()) {
            throw RuleViolation.onField("applicationId", "disclosure.review.application.missing");
        }
        OrgUnitView holder = DataScope.currentUser().map(u -> u.homeUnit()).filter(u -> u.townId() != null)
                .orElseThrow(() -> new AccessDenied("error.scope.write"));
        return cases.save(ReviewCase.record(k, number, applicationId, filed, r, concluded, s, holder,
                LocalDate.now(clock)));
    }

    /** Records (or corrects) the result of a case and the day it was concluded. */
    public ReviewCase conclude(long id, String result, String concludedOn) {
        Input in = new Input();
        ReviewCase.Result r = in.choice("result", ReviewCase.Result.class, result, true);
        LocalDate concluded = in.date("concludedOn", concludedOn, false);
        in.check();
        ReviewCase c = cases.findById(id).orElseThrow(() -> new NotFound("disclosure-review-case", id));
        c.conclude(r, concluded, LocalDate.now(clock));
        return c;
    }

    @Transactional(readOnly = true)
    public List<ReviewCase> all() {
        return cases.findAllByOrderByFiledOnDesc();
    }
}
