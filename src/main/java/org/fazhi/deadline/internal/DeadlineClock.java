package org.fazhi.deadline.internal;

import jakarta.persistence.AttributeOverride;
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
import java.time.OffsetDateTime;
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
import org.fazhi.shared.AuditFormerly;
import org.fazhi.shared.AuditNamed;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.hibernate.annotations.BatchSize;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 法定期限计时 — one statutory clock of a town record: the period, its trigger day, pauses, restarts and extensions,
 * and the due date computed from them with the official calendar. Each step is one method that checks the clock's
 * state against the table of {@link ClockState.Step} and names the change for the audit trail. What it counts with is
 * its {@link RunningPeriod}; a period in minutes keeps its instants in {@link MinuteTimes}.
 */
@Entity
@Table(name = "deadline_clock")
class DeadlineClock extends ScopedRecord implements AuditNamed {

    static final int MAX_TEXT = 500;
    static final int MAX_TITLE = 200;

    private SubjectKey subject;

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

    @AuditFormerly({"amount=periodAmount", "unit=periodUnit", "basisLaw=basisLaw", "basisArticles=basisArticles"})
    @AttributeOverride(name = "amount", column = @Column(name = "period_amount", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "period_unit", nullable = false, length = 20))
    private StoredPeriod period;

    @Column(name = "triggered_on", nullable = false)
    private LocalDate triggeredOn;

    private ClockRound round;

    @Column(name = "warning_days", nullable = false)
    private int warningDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClockState state;

    private ClockDates dates;

    @Column(name = "met_on")
    private LocalDate metOn;

    private ClockStop stop;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For a period in minutes only: its trigger, due and met instants; the due date is then the due day. */
    private MinuteTimes minutes;

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
        c.subject = SubjectKey.of(d.subjectType(), d.subjectId(), d.purpose().code());
        c.title = Input.requireText("title", d.title(), MAX_TITLE);
        c.partyWindow = d.purpose().owner() == ClockPurpose.Owner.PARTY;
        c.assignee = d.assignee();
        c.period = StoredPeriod.of(d.period());
        c.triggeredOn = d.triggeredOn();
        c.round = ClockRound.first(d.triggeredOn());
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
    private void startInMinutes(OffsetDateTime at) {
        minutes = MinuteTimes.start(at, period.amount());
        dates = new ClockDates(at.plusMinutes(period.amount()).toLocalDate(), triggeredOn, false);
    }

    void pause(LocalDate from, String reason, WorkingCalendar calendar) {
        pause(from, reason, null, calendar);
    }

    /** A pause; with a {@code limit} it ends by itself once the limit, counted from the day before {@code from}, ends. */
    void pause(LocalDate from, String reason, StatutoryPeriod limit, WorkingCalendar calendar) {
        require(ClockState.Step.PAUSE);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        if (from.isBefore(round.start())) {
            throw RuleViolation.onField("from", "deadline.pause.beforeStart", from.toString(),
                    round.start().toString());
        }
        LocalDate lastResumed = running().lastResumed().orElse(from);
        if (from.isBefore(lastResumed)) {
            throw RuleViolation.onField("from", "deadline.pause.overlaps", from.toString(), lastResumed.toString());
        }
        pauses.add(new ClockPause(this, round.number(), from, why, limit));
        move(ClockState.Step.PAUSE, calendar, why);
    }

    void resume(LocalDate on, WorkingCalendar calendar) {
        require(ClockState.Step.RESUME);
        ClockPause open = running().openPause().orElseThrow(
                () -> new IllegalStateException("clock " + getId() + " is PAUSED without an open pause"));
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
        if (newTrigger.isBefore(round.start())) {
            throw RuleViolation.onField("newTrigger", "deadline.restart.beforeStart", newTrigger.toString(),
                    round.start().toString());
        }
        running().closeOpenPause(newTrigger, calendar);
        round = round.next(newTrigger);
        move(ClockState.Step.RESTART, calendar, why);
    }

    void extend(StatutoryPeriod extension, String approver, String reason, LocalDate decidedOn,
                WorkingCalendar calendar) {
        require(ClockState.Step.EXTEND);
        String who = Input.requireText("approver", approver, 60);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        LocalDate standing = dates.due() != null ? dates.due() : running().dueAsItStands(decidedOn, calendar);
        if (decidedOn.isAfter(standing)) {
            throw RuleViolation.onField("decidedOn", "deadline.extend.late", standing.toString(),
                    decidedOn.toString());
        }
        extensions.add(new ClockExtension(this, round.number(), extension, who, why, decidedOn));
        move(ClockState.Step.EXTEND, calendar, why);
    }

    /**
     * A later due date set by a decision the law allows (《政府信息公开条例》第35条): it replaces the computed one, must be
     * later than it, and is decided on or before it. The reason goes into the clock's history.
     */
    void setDue(LocalDate due, String reason, LocalDate decidedOn, WorkingCalendar calendar) {
        require(ClockState.Step.SET_DUE);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        LocalDate computed = dates.due();
        if (decidedOn.isAfter(computed)) {
            throw RuleViolation.onField("decidedOn", "deadline.extend.late", computed.toString(),
                    decidedOn.toString());
        }
        if (!due.isAfter(computed)) {
            throw RuleViolation.onField("dueDate", "deadline.setDue.notLater", computed.toString());
        }
        round = round.withDecidedDue(new DecidedDue(due, why, decidedOn));
        move(ClockState.Step.SET_DUE, calendar, due + "：" + why);
    }

    void meet(LocalDate on, WorkingCalendar calendar) {
        require(ClockState.Step.MEET);
        if (on.isBefore(triggeredOn)) {
            throw RuleViolation.onField("on", "deadline.met.beforeStart", on.toString(), triggeredOn.toString());
        }
        running().closeOpenPause(on, calendar);
        metOn = on;
        move(ClockState.Step.MEET, calendar, null);
    }

    /**
     * The duty was fulfilled at an instant (a report made at 14:32), on {@code day} in the platform's zone. A clock in
     * minutes is late when met after its due instant; a clock in days keeps only the day.
     */
    void meetAt(Instant at, LocalDate day, WorkingCalendar calendar) {
        if (minutes != null && at.isBefore(minutes.triggeredAt())) {
            require(ClockState.Step.MEET);
            throw RuleViolation.onField("at", "deadline.met.beforeTrigger");
        }
        meet(day, calendar);
        if (minutes != null) {
            minutes = minutes.met(at);
        }
    }

    void stop(LocalDate on, String reason, WorkingCalendar calendar) {
        require(ClockState.Step.STOP);
        String why = Input.requireText("reason", reason, MAX_TEXT);
        running().closeOpenPause(on, calendar);
        stop = new ClockStop(on, why);
        move(ClockState.Step.STOP, calendar, why);
    }

    /** See {@link org.fazhi.deadline.DeadlineEngine#assign}: only an open clock moves; a closed one is history. */
    void assign(String username, String reason) {
        requireFrom(ClockState.OPEN.contains(state), "ASSIGN");
        String why = Input.requireText("reason", reason, MAX_TEXT);
        assignee = Input.requireText("assignee", username, 60);
        noteChange("DEADLINE_ASSIGN", why);
    }

    /** See {@link org.fazhi.deadline.DeadlineEngine#handOver}: only an open clock moves; a closed one is history. */
    void handOver(OrgUnitView holder, String reason) {
        requireFrom(ClockState.OPEN.contains(state), "HAND_OVER");
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
        ClockDates before = dates;
        computeDates(calendar);
        boolean changed = !dates.equals(before);
        if (changed) {
            noteChange("DEADLINE_RECOMPUTE", reason);
        }
        return changed;
    }

    DeadlineStatus statusOn(LocalDate today) {
        return ClockMath.status(state, dates.due(), dates.warnFrom(), today, owner());
    }

    /** The status at an instant: a clock in minutes is overdue from the minute after its due instant. */
    DeadlineStatus statusAt(Instant now, LocalDate today) {
        return minutes == null ? statusOn(today) : minutes.status(state, now, owner());
    }

    /** Met after the due instant (minutes) or the due date (days). */
    boolean metLate() {
        if (minutes != null && minutes.metAt() != null) {
            return minutes.metAt().isAfter(minutes.dueAt());
        }
        return metOn != null && dates.due() != null && metOn.isAfter(dates.due());
    }

    private void move(ClockState.Step step, WorkingCalendar calendar, String reason) {
        state = step.target(state);
        computeDates(calendar);
        noteChange("DEADLINE_" + step.name(), reason);
    }

    private void computeDates(WorkingCalendar calendar) {
        if (period.unit() == StatutoryPeriod.Unit.MINUTES) {
            return; // fixed at the start: an instant plus minutes does not depend on the calendar
        }
        dates = running().dates(calendar);
    }

    private void require(ClockState.Step step) {
        if (period.unit() == StatutoryPeriod.Unit.MINUTES && !step.allowedInMinutes()) {
            throw new RuleViolation("deadline.minutes.stepNotAllowed",
                    new DefaultMessageSourceResolvable("deadline.step." + step.name()));
        }
        requireFrom(step.allowedFrom(state), step.name());
    }

    /** Refuses {@code step} unless it is {@code allowed} from the clock's state, naming both in the reader's words. */
    private void requireFrom(boolean allowed, String step) {
        if (!allowed) {
            throw new RuleViolation("deadline.step.notAllowed",
                    new DefaultMessageSourceResolvable("deadline.state." + state.name()),
                    new DefaultMessageSourceResolvable("deadline.step." + step));
        }
    }

    /** The running period as it stands: the pauses and extensions of the current round, a due date set for it. */
    private RunningPeriod running() {
        return new RunningPeriod(period(), round.start(), currentPauses(), currentExtensions(), round.setDue(),
                warningDays);
    }

    List<ClockPause> currentPauses() {
        return pauses.stream().filter(p -> p.roundNo() == round.number()).toList();
    }

    List<ClockExtension> currentExtensions() {
        return extensions.stream().filter(e -> e.roundNo() == round.number()).toList();
    }

    StatutoryPeriod period() {
        return period.period();
    }

    SubjectKey subject() {
        return subject;
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

    ClockRound round() {
        return round;
    }

    int warningDays() {
        return warningDays;
    }

    ClockState state() {
        return state;
    }

    /** The due date, the warning window's first day and whether they are provisional, as last computed. */
    ClockDates dates() {
        return dates;
    }

    LocalDate metOn() {
        return metOn;
    }

    /** The instants of a period in minutes; {@link MinuteTimes#NONE} for one in days. */
    MinuteTimes minutes() {
        return minutes == null ? MinuteTimes.NONE : minutes;
    }

    /** Why and when the clock was stopped; {@link ClockStop#NONE} unless it was. */
    ClockStop stopped() {
        return stop == null ? ClockStop.NONE : stop;
    }

    /** {@inheritDoc} Here: the deadline's title. */
    @Override
    public String auditName() {
        return title;
    }
}
