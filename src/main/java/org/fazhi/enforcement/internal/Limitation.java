package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.shared.RuleViolation;

/**
 * 追责时效 (《行政处罚法》第36条) — what the case records to know whether the violation may still be punished: the day it
 * was committed, whether it was in a continuing or repeated state (连续或者继续状态) and the day that state ended, the
 * day it was discovered, and whether it concerns citizens' life and health safety or financial safety with harmful
 * consequences (five years instead of two).
 *
 * <p>The period runs from the day the violation was committed or, if it continued, from the day it ended (the day
 * itself not counted, 民法典第201条), and the test is discovery, not filing: a violation discovered in time may be filed
 * later; one discovered after the period is not punished, and its filing is refused. Without a discovery date the
 * filing date stands in, as a violation is never discovered after it is filed. A case filed before these facts were
 * kept (or without a violation date) has no limitation on record, and the case page says so.
 */
@Embeddable
public class Limitation {

    @Column(name = "violation_on")
    private LocalDate committedOn;
    @Column(name = "violation_continuing", nullable = false)
    private boolean continuing;
    @Column(name = "violation_ended_on")
    private LocalDate endedOn;
    @Column(name = "discovered_on")
    private LocalDate discoveredOn;
    /** The column keeps its first name; it has always meant life, health or financial safety with harm. */
    @Column(name = "harm_to_life", nullable = false)
    private boolean harmToSafety;

    protected Limitation() {
    }

    Limitation(LocalDate committedOn, boolean continuing, LocalDate endedOn, LocalDate discoveredOn,
               boolean harmToSafety) {
        this.committedOn = committedOn;
        this.continuing = continuing;
        this.endedOn = continuing ? endedOn : null;
        this.discoveredOn = discoveredOn;
        this.harmToSafety = harmToSafety;
    }

    /**
     * The facts of a filing checked against each other and against 第36条 (on the official calendar {@code cal}); every
     * problem names its field. {@code today} bounds the end of a continuing violation.
     */
    static List<RuleViolation.FieldProblem> check(FileCase f, WorkingCalendar cal, LocalDate today) {
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        LocalDate filed = f.filedOn();
        LocalDate committed = f.violationOn();
        LocalDate ended = f.continuing() ? f.violationEndedOn() : null;
        LocalDate discovered = f.discoveredOn();
        if (committed == null) {
            if (f.continuing() || f.violationEndedOn() != null) {
                p.add(new RuleViolation.FieldProblem("violationOn", "enforcement.filing.violationOnRequired"));
            }
            if (discovered != null && filed != null && discovered.isAfter(filed)) {
                p.add(new RuleViolation.FieldProblem("discoveredOn", "enforcement.filing.discoveredAfterFiling"));
            }
            return p;
        }
        if (filed != null && committed.isAfter(filed)) {
            p.add(new RuleViolation.FieldProblem("violationOn", "enforcement.filing.violationAfterFiling"));
        }
        if (!f.continuing() && f.violationEndedOn() != null) {
            p.add(new RuleViolation.FieldProblem("violationEndedOn", "enforcement.filing.endedNotContinuing"));
        }
        if (ended != null && (ended.isBefore(committed) || ended.isAfter(today))) {
            p.add(new RuleViolation.FieldProblem("violationEndedOn", "enforcement.filing.endedRange",
                    committed.toString()));
        }
        if (discovered != null && discovered.isBefore(committed)) {
            p.add(new RuleViolation.FieldProblem("discoveredOn", "enforcement.filing.discoveredBeforeViolation"));
        }
        if (discovered != null && filed != null && discovered.isAfter(filed)) {
            p.add(new RuleViolation.FieldProblem("discoveredOn", "enforcement.filing.discoveredAfterFiling"));
        }
        if (!p.isEmpty() || filed == null) {
            return p;
        }
        Limitation l = f.limitation();
        LocalDate ends = l.endsOn(cal);
        LocalDate discovery = discovered == null ? filed : discovered;
        if (ends != null && discovery.isAfter(ends)) {
            String years = String.valueOf(l.period().amount());
            String basis = PenaltyPeriods.LIMITATION.basis().citation();
            p.add(discovered != null
                    ? new RuleViolation.FieldProblem("discoveredOn", "enforcement.filing.limitation",
                            l.runsFrom().toString(), years, discovered.toString(), ends.toString(), basis)
                    : new RuleViolation.FieldProblem("discoveredOn", "enforcement.filing.limitationAtFiling",
                            l.runsFrom().toString(), years, filed.toString(), ends.toString(), basis));
        }
        return p;
    }

    /** Whether the violation's day is on record (cases filed without it have no limitation to show). */
    public boolean isRecorded() {
        return committedOn != null;
    }

    /** A continuing violation whose end is not (yet) recorded: the period has not started. */
    public boolean isStillContinuing() {
        return committedOn != null && continuing && endedOn == null;
    }

    /** The day the period runs from: the violation's day, or the day a continuing violation ended; else null. */
    public LocalDate runsFrom() {
        if (committedOn == null || isStillContinuing()) {
            return null;
        }
        return continuing ? endedOn : committedOn;
    }

    /** 2 years, or 5 where life, health or financial safety was concerned with harmful consequences. */
    public StatutoryPeriod period() {
        return harmToSafety ? PenaltyPeriods.LIMITATION_HARM : PenaltyPeriods.LIMITATION;
    }

    /** The last day the violation may be discovered and still punished; null while not known. */
    public LocalDate endsOn(WorkingCalendar cal) {
        LocalDate from = runsFrom();
        return from == null ? null : PenaltyPeriods.limitationEnds(cal, from, harmToSafety);
    }

    public LocalDate getCommittedOn() { return committedOn; }
    public boolean isContinuing() { return continuing; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getDiscoveredOn() { return discoveredOn; }
    public boolean isHarmToSafety() { return harmToSafety; }
}
