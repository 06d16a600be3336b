package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.springframework.stereotype.Component;

/**
 * The clocks of a penalty case in the deadline engine, found by the case and {@link CaseClock}: takes the actions
 * {@link StepClocks} lists for a step, and answers the pages which clock stands how.
 */
@Component
public class CaseClocks {

    private final DeadlineEngine deadlines;
    private final OrgDirectory directory;

    CaseClocks(DeadlineEngine deadlines, OrgDirectory directory) {
        this.deadlines = deadlines;
        this.directory = directory;
    }

    /** The case's clock of that purpose (the newest where it started more than once). */
    public Optional<DeadlineView> of(PenaltyCase c, CaseClock clock) {
        return deadlines.clock(CaseClock.SUBJECT, String.valueOf(c.getId()), clock);
    }

    /** Every clock of the case, oldest first. */
    public List<DeadlineView> all(long caseId) {
        return deadlines.ofSubject(CaseClock.SUBJECT, String.valueOf(caseId));
    }

    /** The case's clock of that purpose while it runs or is paused. */
    Optional<DeadlineView> open(PenaltyCase c, CaseClock clock) {
        return of(c, clock).filter(v -> v.status().open());
    }

    /** Takes the step's clock actions, in the table's order. */
    void apply(Step step, ClockAction.Facts f) {
        for (ClockAction a : StepClocks.of(step)) {
            if (a.when().test(f)) {
                apply(a, f);
            }
        }
    }

    private void apply(ClockAction a, ClockAction.Facts f) {
        PenaltyCase c = f.c();
        LocalDate on = a.date().apply(f);
        switch (a.kind()) {
            case START -> {
                PenaltyPeriods.ClockStart s = a.start().apply(f);
                deadlines.start(NewDeadline.of(CaseClock.SUBJECT, String.valueOf(c.getId()), a.clock(),
                        a.clock().titleFor(c), s.period(), s.trigger(), directory.get(c.getHolderUnitId()))
                        .assignedTo(username()));
            }
            case MEET -> open(c, a.clock()).ifPresent(v -> {
                if (v.status() == DeadlineStatus.PAUSED) {
                    deadlines.resume(v.id(), on);
                }
                deadlines.meet(v.id(), notBeforeTrigger(v, on));
            });
            case STOP -> open(c, a.clock()).ifPresent(v -> deadlines.stop(v.id(), notBeforeTrigger(v, on),
                    a.reason().apply(f)));
            case STOP_ALL -> all(c.getId()).stream().filter(v -> v.status().open())
                    .forEach(v -> deadlines.stop(v.id(), notBeforeTrigger(v, on), a.reason().apply(f)));
            case PAUSE -> open(c, a.clock()).filter(v -> v.status() != DeadlineStatus.PAUSED)
                    .ifPresent(v -> deadlines.pause(v.id(), on, a.reason().apply(f)));
            case RESUME -> open(c, a.clock()).filter(v -> v.status() == DeadlineStatus.PAUSED)
                    .ifPresent(v -> deadlines.resume(v.id(), on));
            // the head who approves takes the step (Step.EXTEND needs CASE_APPROVE): the approval is theirs
            case EXTEND -> of(c, a.clock()).ifPresent(v -> deadlines.extend(v.id(), a.start().apply(f).period(),
                    approver(), a.reason().apply(f), on));
        }
    }

    /**
     * Makes the case's open clock of that purpose run from {@code start} (a trigger day or a period that is itself
     * worked out from the calendar, which the engine cannot recompute by itself): a clock already running so is left
     * alone; otherwise it stops on {@code on} for {@code reason} and a new one runs from {@code start}, held and
     * assigned as the old one was. Returns whether it moved.
     */
    boolean realign(PenaltyCase c, CaseClock clock, PenaltyPeriods.ClockStart start, LocalDate on, String reason) {
        Optional<DeadlineView> open = open(c, clock);
        if (open.isEmpty() || start == null) {
            return false;
        }
        DeadlineView v = open.get();
        if (v.periodStart().equals(start.trigger()) && v.period().equals(start.period())) {
            return false;
        }
        deadlines.stop(v.id(), on, reason);
        deadlines.start(NewDeadline.of(CaseClock.SUBJECT, String.valueOf(c.getId()), clock, v.title(),
                start.period(), start.trigger(), directory.get(v.holderUnitId())).assignedTo(v.assignee()));
        return true;
    }

    /** A step dated before a clock's trigger day ends it on that day. */
    private static LocalDate notBeforeTrigger(DeadlineView v, LocalDate on) {
        return on.isBefore(v.triggeredOn()) ? v.triggeredOn() : on;
    }

    /** The approving head as the extension names them: their name and account, e.g. 王镇长（leader）. */
    static String approver() {
        return DataScope.currentUser().map(u -> {
            String named = u.displayName() == null || u.displayName().isBlank() ? u.getUsername()
                    : u.displayName() + "（" + u.getUsername() + "）";
            return named.length() <= 60 ? named : u.getUsername();
        }).orElse(null);
    }

    private static String username() {
        return DataScope.currentUser().map(FazhiUser::getUsername).orElse(null);
    }
}
