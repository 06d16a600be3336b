package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import org.fazhi.deadline.OfficialCalendar;
import org.springframework.stereotype.Component;

/**
 * What the law makes of a case's facts, for the case page and the API: the party's hearing right (《行政处罚法》第63条,
 * {@link HearingRight}) with the town's figures, and the last day of the limitation (第36条, {@link Limitation}) on the
 * official calendar.
 */
@Component
public class CaseAssessment {

    private final CaseSettings settings;
    private final OfficialCalendar calendar;

    CaseAssessment(CaseSettings settings, OfficialCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The hearing right with the settings of the case's town. */
    public HearingRight hearingRight(PenaltyCase c) {
        return hearingRight(c, settings.settingsView(c.getTownId()));
    }

    /** The hearing right with settings already read (a list of cases of one town reads them once). */
    public HearingRight hearingRight(PenaltyCase c, EnforcementSettings s) {
        return HearingRight.of(c, s);
    }

    /** The last day the violation may be discovered and still punished; null when it cannot be known yet. */
    public LocalDate limitationEnds(PenaltyCase c) {
        return c.getLimitation().endsOn(calendar.snapshot());
    }
}
