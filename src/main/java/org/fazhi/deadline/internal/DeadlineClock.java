// One file over 400 lines on purpose: the aggregate of the one deadline engine; its steps share the clock's rounds,
// pauses and extensions, and the date arithmetic is already apart in ClockMath.
package org.fazhi.deadline.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.hibernate.annotations.BatchSize;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 法定期限计时 — one statutory clock of a town record: the period, its trigger day, pauses, restarts and extensions,
 * and the due date computed from them with the official calendar. Each step is one method that checks the clock's
 * state against the table of {@link ClockState.Step} and names the change for the audit trail.
 * <p>Why one class of over 400 lines: it is the aggregate of the one engine every module's deadlines run on; its
 * steps share the clock's rounds, pauses and extensions, and the arithmetic itself is already apart in
 * {@link ClockMath}.
 */
@Entity
@Table(name = "deadline_clock")
class DeadlineClock extends ScopedRecord implements AuditNamed {

    static final int MAX_TEXT = 500;
    static final int MAX_TITLE = 200;
    static final int MAX_PURPOSE = 40;

    /**
     * A period in minutes (a report due half an hour after an incident) is not paused, restarted, extended or given
     * a later date: no rule allows it, and the pauses and extensions are counted in days.
     */
    private static final java.util.Set<ClockState.Step> MINUTE_STEPS_REFUSED = java.util.EnumSet.of(
            ClockState.Step.PAUSE, ClockState.Step.RESTART, ClockState.Step.EXTEND, ClockState.Step.SET_DUE);

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60)
    private String subjectId;

    /** {@link org.fazhi.deadline.ClockPurpose#code()}: with the subject it names the clock. */
    @Column(nullable = false, length = MAX_PURPOSE)
    private String purpose;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    /**
     * A window the law gives a party ({@link org.fazhi.deadline.ClockPurpose.Owner#PARTY}): passed, it lapses
     * instead of being overdue. Taken from the purpose when the clock starts.
     */
    @Column(name = "party_window", nullable = false)
    private boolean partyWindow;

    @Column(length = 60)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit", nullable = false, length = 20)
    private StatutoryPeriod.Unit periodUnit;

    @Column(name = "period_amount", nullable = false)
    private int periodAmount;

    @Column(name = "basis_law", nullable = false, length = 100)
    private String basisLaw;

    @Column(name = "basis_articles", nullable = false, length = 60)
    private String basisArticles;

    @Column(name = "triggered_on", nullable = false)
    private LocalDate triggeredOn;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** How many times the period restarted; pauses and extensions belong to the round they were made in. */
    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "warning_days", nullable = false)
    private int warningDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClockState state;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "warn_from")
    private LocalDate warnFrom;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "met_on")
    private LocalDate metOn;

    /** A due date set by decision for the running period (see {@link #setDue}); a restart clears it. */
    @Column(name = "set_due_date")
    private LocalDate setDueDate;

    @Column(name = "set_due_reason", length = MAX_TEXT)
    private String setDueReason;

    @Column(name = "set_due_decided_on")
    private LocalDate setDueDecidedOn;

    @Column(name = "stopped_on")
    private LocalDate stoppedOn;

    @Column(name = "stop_reason", length = MAX_TEXT)
    private String stopReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The instant of the trigger, for a period in minutes only: such a clock runs from instant to instant. */
    @Column(name = "triggered_at")
    private Instant triggeredAt;

    /** The due instant of a period in minutes; {@link #dueDate} is then its day. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** When a clock in minutes was met (a report made at 14:32). */
    @Column(name = "met_at")
    private Instant metAt;

    @OneToMany(mappedBy = "clock", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<ClockPause> pauses = new ArrayList<>();

    @OneToMany(mappedBy = "clock", cascade = CascadeType.ALL)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<ClockExtension> extensions = new ArrayList<>();

    protected DeadlineClock() {
    }

    static DeadlineClock start(NewDeadline d, int defaultWarningDays, WorkingCalendar calendar, Instant now) {
        DeadlineClock c = new DeadlineClock();
        c.subjectType = d.subjectType();
        c.subjectId = d.subjectId();
        c.purpose = requirePurpose(d.purpose().code());
        c.title = Input.requireText("title", d.title(), MAX_TITLE);
        c.partyWindow = d.purpose().owner() == ClockPurpose.Owner.PARTY;
        c.assignee = d.assignee();
        c.periodUnit = d.period().unit();
        c.periodAmount = d.period().amount();
        c.basisLaw = d.period().basis().law();
        c.basisArticles = Articles.format(d.period().basis());
        c.triggeredOn = d.triggeredOn();
        c.periodStart = d.triggeredOn();
        c.warningDays = d.warningWorkingDays() != null ? d.warningWorkingDays() : defaultWarningDays;
        c.state = ClockState.RUNNING;
        c.createdAt = now;
        c.assignHolder(d.holder());
        if (d.triggeredAt() != null) {
            c.startInMinutes(d.triggeredAt());
        } else {
            c.computeDates(calendar);
        }
        c.noteChange("DEADLINE_START", c.title);
        return c;
    }

    /**
     * A period in minutes ends at an instant: due = trigger + minutes, its due date the day of that instant (in the
     * trigger's offset, the platform's zone). The whole period is its warning window: who has half an hour to report
     * an incident is always due soon.
     */
    private void startInMinutes(java.time.OffsetDateTime at) {
        java.time.OffsetDateTime due = at.plusMinutes(periodAmount);
        triggeredAt = at.toInstant();
        dueAt = due.toInstant();
        dueDate = due.toLocalDate();
        warnFrom = triggeredOn;
        provisional = false;
    }

    void pause(LocalDate from, String reason, WorkingCalendar calendar) {
        pause(from, reason, null, calendar);
    }

    /** A pause; with a {@code limit} it ends by itself once the limit, counted from the day before {@code from}, ends. */
    void pause(LocalDate from, String reason, StatutoryPeriod limit, WorkingCalendar calendar) {
        require(ClockState.Step.PAUSE);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        if (from.isBefore(periodStart)) {
            throw RuleViolation.onField("from", "deadline.pause.beforeStart", from.toString(), periodStart.toString());
        }
        LocalDate lastResumed = currentPauses().stream().map(ClockPause::resumedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (lastResumed != null && from.isBefore(lastResumed)) {
            throw RuleViolation.onField("from", "deadline.pause.overlaps", from.toString(), lastResumed.toString());
        }
        pauses.add(new ClockPause(this, roundNo, from, why, limit));
        move(ClockState.Step.PAUSE, calendar, why);
    }

    void resume(LocalDate on, WorkingCalendar calendar) {
        require(ClockState.Step.RESUME);
        ClockPause open = openPause();
        if (on.isBefore(open.pausedFrom())) {
            throw RuleViolation.onField("on", "deadline.resume.beforePause", on.toString(),
                    open.pausedFrom().toString());
        }
        open.resume(on, calendar);
        move(ClockState.Step.RESUME, calendar, null);
    }

    void restart(LocalDate newTrigger, String reason, WorkingCalendar calendar) {
        require(ClockState.Step.RESTART);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        if (newTrigger.isBefore(periodStart)) {
            throw RuleViolation.onField("newTrigger", "deadline.restart.beforeStart", newTrigger.toString(),
                    periodStart.toString());
        }
        closeOpenPause(newTrigger, calendar);
        roundNo++;
        setDueDate = null;
        setDueReason = null;
        setDueDecidedOn = null;
        periodStart = newTrigger;
        move(ClockState.Step.RESTART, calendar, why);
    }

    void extend(StatutoryPeriod extension, String approver, String reason, LocalDate decidedOn,
                WorkingCalendar calendar) {
        require(ClockState.Step.EXTEND);
        String who = Input.requireText("approver", approver, 60);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        LocalDate standing = dueDateAsItStands(decidedOn, calendar);
        if (decidedOn.isAfter(standing)) {
            throw RuleViolation.onField("decidedOn", "deadline.extend.late", standing.toString(),
                    decidedOn.toString());
        }
        extensions.add(new ClockExtension(this, roundNo, extension, who, why, decidedOn));
        move(ClockState.Step.EXTEND, calendar, why);
    }

    /**
     * The due date as it stands on {@code day}. While an open-ended pause lasts (a hearing) the clock has no due date,
     * since nobody knows when it resumes; on the day of the pause, though, the period is not over as long as the days
     * counted before the pause leave some of it: the due date as it stands is the one the clock would have if it ran
     * again the day after {@code day}.
     */
    private LocalDate dueDateAsItStands(LocalDate day, WorkingCalendar calendar) {
        if (dueDate != null) {
            return dueDate;
        }
        List<ClockMath.Pause> asOfDay = currentPauses().stream().map(p -> {
            ClockMath.Pause math = p.math(calendar);
            return math.open() ? new ClockMath.Pause(math.from(), day.isBefore(math.from()) ? math.from()
                    : day.plusDays(1)) : math;
        }).toList();
        return ClockMath.compute(calendar, period(), periodStart, asOfDay,
                currentExtensions().stream().map(ClockExtension::period).toList(), setDueDate, warningDays).due();
    }

    /**
     * A later due date set by a decision the law allows (《政府信息公开条例》第35条): it replaces the computed one, must be
     * later than it, and is decided on or before it. The reason goes into the clock's history.
     */
    void setDue(LocalDate due, String reason, LocalDate decidedOn, WorkingCalendar calendar) {
        require(ClockState.Step.SET_DUE);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        if (decidedOn.isAfter(dueDate)) {
            throw RuleViolation.onField("decidedOn", "deadline.extend.late", dueDate.toString(),
                    decidedOn.toString());
        }
        if (!due.isAfter(dueDate)) {
            throw RuleViolation.onField("dueDate", "deadline.setDue.notLater", dueDate.toString());
        }
        setDueDate = due;
        setDueReason = why;
        setDueDecidedOn = decidedOn;
        move(ClockState.Step.SET_DUE, calendar, due + "：" + why);
    }

    void meet(LocalDate on, WorkingCalendar calendar) {
        require(ClockState.Step.MEET);
        if (on.isBefore(triggeredOn)) {
            throw RuleViolation.onField("on", "deadline.met.beforeStart", on.toString(), triggeredOn.toString());
        }
        closeOpenPause(on, calendar);
        metOn = on;
        move(ClockState.Step.MEET, calendar, null);
    }

    /**
     * The duty was fulfilled at an instant (a report made at 14:32), on {@code day} in the platform's zone. A clock in
     * minutes is late when met after its due instant; a clock in days keeps only the day.
     */
    void meetAt(Instant at, LocalDate day, WorkingCalendar calendar) {
        if (triggeredAt != null && at.isBefore(triggeredAt)) {
            require(ClockState.Step.MEET);
            throw RuleViolation.onField("at", "deadline.met.beforeTrigger");
        }
        meet(day, calendar);
        if (triggeredAt != null) {
            metAt = at;
        }
    }

    void stop(LocalDate on, String reason, WorkingCalendar calendar) {
        require(ClockState.Step.STOP);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        closeOpenPause(on, calendar);
        stoppedOn = on;
        stopReason = why;
        move(ClockState.Step.STOP, calendar, why);
    }

    /** See {@link org.fazhi.deadline.DeadlineEngine#assign}: only an open clock moves; a closed one is history. */
    void assign(String username, String reason) {
        if (!ClockState.OPEN.contains(state)) {
            throw new RuleViolation("deadline.step.notAllowed",
                    new DefaultMessageSourceResolvable("deadline.state." + state.name()),
                    new DefaultMessageSourceResolvable("deadline.step.ASSIGN"));
        }
        String why = Input.requireText("reason", reason, MAX_TEXT);
        assignee = Input.requireText("assignee", username, 60);
        noteChange("DEADLINE_ASSIGN", why);
    }

    /** See {@link org.fazhi.deadline.DeadlineEngine#handOver}: only an open clock moves; a closed one is history. */
    void handOver(OrgUnitView holder, String reason) {
        if (!ClockState.OPEN.contains(state)) {
            throw new RuleViolation("deadline.step.notAllowed",
                    new DefaultMessageSourceResolvable("deadline.state." + state.name()),
                    new DefaultMessageSourceResolvable("deadline.step.HAND_OVER"));
        }
        if (!Objects.equals(holder.townId(), getTownId())) {
            throw new RuleViolation("deadline.handOver.otherTown");
        }
        String why = Input.requireText("reason", reason, MAX_TEXT);
        assignHolder(holder);
        assignee = null;
        noteChange("DEADLINE_HAND_OVER", why);
    }

    /**
     * Recomputes the dates with a changed calendar; returns whether they moved (only then is the clock written and
     * audited, with the reason given).
     */
    boolean recompute(WorkingCalendar calendar, String reason) {
        LocalDate oldDue = dueDate;
        LocalDate oldWarn = warnFrom;
        boolean oldProvisional = provisional;
        computeDates(calendar);
        boolean changed = !Objects.equals(oldDue, dueDate) || !Objects.equals(oldWarn, warnFrom)
                || oldProvisional != provisional;
        if (changed) {
            noteChange("DEADLINE_RECOMPUTE", reason);
        }
        return changed;
    }

    DeadlineStatus statusOn(LocalDate today) {
        return ClockMath.status(state, dueDate, warnFrom, today, owner());
    }

    /** The status at an instant: a clock in minutes is overdue from the minute after its due instant. */
    DeadlineStatus statusAt(Instant now, LocalDate today) {
        if (dueAt == null) {
            return statusOn(today);
        }
        return switch (state) {
            case MET -> DeadlineStatus.MET;
            case STOPPED -> DeadlineStatus.STOPPED;
            case RUNNING, PAUSED -> now.isAfter(dueAt) ? DeadlineStatus.passed(owner()) : DeadlineStatus.DUE_SOON;
        };
    }

    /** Met after the due instant (minutes) or the due date (days). */
    boolean metLate() {
        if (metAt != null && dueAt != null) {
            return metAt.isAfter(dueAt);
        }
        return metOn != null && dueDate != null && metOn.isAfter(dueDate);
    }

    private void move(ClockState.Step step, WorkingCalendar calendar, String reason) {
        state = step.target(state);
        computeDates(calendar);
        noteChange("DEADLINE_" + step.name(), reason);
    }

    private void computeDates(WorkingCalendar calendar) {
        if (periodUnit == StatutoryPeriod.Unit.MINUTES) {
            return; // fixed at the start: an instant plus minutes does not depend on the calendar
        }
        ClockMath.Outcome o = ClockMath.compute(calendar, period(), periodStart,
                currentPauses().stream().map(p -> p.math(calendar)).toList(),
                currentExtensions().stream().map(ClockExtension::period).toList(), setDueDate, warningDays);
        dueDate = o.due();
        warnFrom = o.warnFrom();
        provisional = o.provisional();
    }

    private void require(ClockState.Step step) {
        if (periodUnit == StatutoryPeriod.Unit.MINUTES && MINUTE_STEPS_REFUSED.contains(step)) {
            throw new RuleViolation("deadline.minutes.stepNotAllowed",
                    new DefaultMessageSourceResolvable("deadline.step." + step.name()));
        }
        if (!step.allowedFrom(state)) {
            throw new RuleViolation("deadline.step.notAllowed",
                    new DefaultMessageSourceResolvable("deadline.state." + state.name()),
                    new DefaultMessageSourceResolvable("deadline.step." + step.name()));
        }
    }

    private static String requirePurpose(String code) {
        if (code.isBlank() || code.length() > MAX_PURPOSE || !code.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("clock purpose " + code);
        }
        return code;
    }

    private ClockPause openPause() {
        return currentPauses().stream().filter(ClockPause::open).findFirst()
                .orElseThrow(() -> new IllegalStateException("clock " + getId() + " is PAUSED without an open pause"));
    }

    private void closeOpenPause(LocalDate on, WorkingCalendar calendar) {
        currentPauses().stream().filter(ClockPause::open).forEach(p -> p.resume(on.isBefore(p.pausedFrom())
                ? p.pausedFrom() : on, calendar));
    }

    List<ClockPause> currentPauses() {
        return pauses.stream().filter(p -> p.roundNo() == roundNo).toList();
    }

    List<ClockExtension> currentExtensions() {
        return extensions.stream().filter(e -> e.roundNo() == roundNo).toList();
    }

    StatutoryPeriod period() {
        return new StatutoryPeriod(periodAmount, periodUnit, Articles.parse(basisLaw, basisArticles));
    }

    String subjectType() {
        return subjectType;
    }

    String subjectId() {
        return subjectId;
    }

    String purpose() {
        return purpose;
    }

    String title() {
        return title;
    }

    ClockPurpose.Owner owner() {
        return partyWindow ? ClockPurpose.Owner.PARTY : ClockPurpose.Owner.AUTHORITY;
    }

    String assignee() {
        return assignee;
    }

    LocalDate triggeredOn() {
        return triggeredOn;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    int roundNo() {
        return roundNo;
    }

    int warningDays() {
        return warningDays;
    }

    ClockState state() {
        return state;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDate warnFrom() {
        return warnFrom;
    }

    boolean provisional() {
        return provisional;
    }

    LocalDate metOn() {
        return metOn;
    }

    Instant triggeredAt() {
        return triggeredAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant metAt() {
        return metAt;
    }

    LocalDate setDueDate() {
        return setDueDate;
    }

    String setDueReason() {
        return setDueReason;
    }

    LocalDate setDueDecidedOn() {
        return setDueDecidedOn;
    }

    LocalDate stoppedOn() {
        return stoppedOn;
    }

    String stopReason() {
        return stopReason;
    }

    /** {@inheritDoc} Here: the deadline's title. */
    @Override
    public String auditName() {
        return title;
    }
}
