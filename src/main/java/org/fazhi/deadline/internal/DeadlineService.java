package org.fazhi.deadline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.deadline.ClockPurpose;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.deadline.NewDeadline;
import org.fazhi.deadline.StatutoryPeriod;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deadline engine: loads a clock within the caller's scope, lets it take the step, answers its view. */
@Service
@Transactional
public class DeadlineService implements DeadlineEngine {

    private final DeadlineClockRepository clocks;
    private final CalendarService calendar;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    DeadlineService(DeadlineClockRepository clocks, CalendarService calendar, DeadlineProperties properties,
                    Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.clocks = clocks;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DeadlineView start(NewDeadline deadline) {
        DeadlineClock c = DeadlineClock.start(deadline, properties.warningWorkingDays(), calendar.snapshot(),
                clock.instant());
        return view(clocks.save(c));
    }

    @Override
    public DeadlineView pause(long deadlineId, LocalDate from, String reason) {
        DeadlineClock c = load(deadlineId);
        c.pause(from, reason, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView pause(long deadlineId, LocalDate from, String reason, StatutoryPeriod limit) {
        DeadlineClock c = load(deadlineId);
        c.pause(from, reason, java.util.Objects.requireNonNull(limit, "limit"), calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView resume(long deadlineId, LocalDate on) {
        DeadlineClock c = load(deadlineId);
        c.resume(on, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView restart(long deadlineId, LocalDate newTrigger, String reason) {
        DeadlineClock c = load(deadlineId);
        c.restart(newTrigger, reason, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView extend(long deadlineId, StatutoryPeriod extension, String approver, String reason,
                               LocalDate decidedOn) {
        DeadlineClock c = load(deadlineId);
        c.extend(extension, approver, reason, decidedOn, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView setDueDate(long deadlineId, LocalDate dueDate, String reason, LocalDate decidedOn) {
        DeadlineClock c = load(deadlineId);
        c.setDue(dueDate, reason, decidedOn, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView meet(long deadlineId, LocalDate on) {
        DeadlineClock c = load(deadlineId);
        c.meet(on, calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView meetAt(long deadlineId, java.time.OffsetDateTime at) {
        DeadlineClock c = load(deadlineId);
        c.meetAt(at.toInstant(), at.atZoneSameInstant(clock.getZone()).toLocalDate(), calendar.snapshot());
        return view(c);
    }

    @Override
    public DeadlineView handOver(long deadlineId, OrgUnitView newHolder, String reason) {
        DeadlineClock c = load(deadlineId);
        c.handOver(newHolder, reason);
        return view(c);
    }

    @Override
    public DeadlineView assign(long deadlineId, String assignee, String reason) {
        DeadlineClock c = load(deadlineId);
        c.assign(assignee, reason);
        return view(c);
    }

    @Override
    public DeadlineView stop(long deadlineId, LocalDate on, String reason) {
        DeadlineClock c = load(deadlineId);
        c.stop(on, reason, calendar.snapshot());
        return view(c);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineView> find(long deadlineId) {
        return clocks.findById(deadlineId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlineView> clock(String subjectType, String subjectId, ClockPurpose purpose) {
        return clocks.findFirstBySubjectTypeAndSubjectRecordIdAndSubjectPurposeOrderByIdDesc(subjectType, subjectId,
                purpose.code()).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> ofSubject(String subjectType, String subjectId) {
        return clocks.findBySubjectTypeAndSubjectRecordIdOrderByIdAsc(subjectType, subjectId).stream().map(this::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineView> overdue() {
        LocalDate today = LocalDate.now(clock);
        return clocks.findAll((root, query, cb) -> DeadlineQueries.status(DeadlineQueries.StatusFilter.OVERDUE, root,
                cb, today, clock.instant())).stream().map(this::view).filter(v -> v.status() == DeadlineStatus.OVERDUE).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<String> subjectsWith(String subjectType, ClockPurpose purpose, DeadlineStatus status) {
        LocalDate today = LocalDate.now(clock);
        DeadlineQueries.StatusFilter filter = DeadlineQueries.StatusFilter.valueOf(status.name());
        java.util.Set<String> ids = new java.util.TreeSet<>();
        clocks.findAll((root, query, cb) -> cb.and(cb.equal(root.get("subject").get("type"), subjectType),
                        cb.equal(root.get("subject").get("purpose"), purpose.code()),
                        DeadlineQueries.status(filter, root, cb, today, clock.instant())))
                .forEach(c -> ids.add(c.subject().recordId()));
        return ids;
    }

    /**
     * Recomputes every running or paused clock the caller can see with the given calendar (the calendar
     * administration calls this with the platform's scope, so that is every clock). Returns how many moved.
     */
    int recomputeOpen(WorkingCalendar updated, String reason) {
        return recompute(clocks.findByStateIn(ClockState.OPEN), updated, reason);
    }

    /** Recomputes the paused clocks without a due date (open-ended pauses that have since been given a limit). */
    int recomputeLimitedPauses(WorkingCalendar calendar, String reason) {
        return recompute(clocks.findByStateIn(java.util.List.of(ClockState.PAUSED)).stream()
                .filter(c -> c.dates().due() == null).toList(), calendar, reason);
    }

    /** Recomputes the open clocks that have been extended (a correction of how extensions are counted). */
    int recomputeExtended(WorkingCalendar calendar, String reason) {
        return recompute(clocks.findExtendedByStateIn(ClockState.OPEN), calendar, reason);
    }

    private int recompute(List<DeadlineClock> open, WorkingCalendar updated, String reason) {
        int moved = 0;
        for (DeadlineClock c : open) {
            if (c.recompute(updated, reason)) {
                moved++;
                events.publishEvent(new org.fazhi.deadline.DeadlineMoved(c.getId(), c.subject().type(),
                        c.subject().recordId(), c.subject().purpose(), c.dates().due()));
            }
        }
        return moved;
    }

    private DeadlineClock load(long id) {
        return clocks.findById(id).orElseThrow(() -> new NotFound("deadline", id));
    }

    /** The view of a clock as of today, in the platform's time zone. */
    DeadlineView view(DeadlineClock c) {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar cal = calendar.snapshot();
        LocalDate end = c.dates().due() != null ? c.dates().due() : c.round().start();
        List<Integer> missing = new ArrayList<>(cal.yearsWithoutCalendar(c.round().start(), end));
        DeadlineStatus status = c.statusAt(clock.instant(), today);
        ClockPause open = c.currentPauses().stream().filter(ClockPause::open).findFirst().orElse(null);
        SubjectKey key = c.subject();
        DecidedDue setDue = c.round().decidedDue();
        return new DeadlineView(c.getId(), key.type(), key.recordId(), key.purpose(), c.owner(), c.title(),
                c.getTownId(), c.getHolderUnitId(), c.assignee(), c.period(), c.triggeredOn(), c.round().start(),
                c.round().number(), c.dates().due(), c.dates().warnFrom(), c.warningDays(), status, !missing.isEmpty(),
                List.copyOf(missing), open == null ? null : open.pausedFrom(), open == null ? null : open.reason(),
                c.metOn(), c.metLate(),
                c.stopped().on(), c.stopped().reason(),
                c.currentPauses().stream().map(p -> new DeadlineView.Pause(p.pausedFrom(), p.resumedOn(),
                        p.reason(), p.latestResume(cal) == null ? null : p.latestResume(cal).minusDays(1))).toList(),
                c.currentExtensions().stream().map(e -> new DeadlineView.Extension(e.period(), e.decidedOn(),
                        e.approver(), e.reason())).toList(),
                setDue == null ? null : new DeadlineView.SetDue(setDue.date(), setDue.decidedOn(), setDue.reason()),
                zoned(c.minutes().dueAt()), zoned(c.minutes().metAt()));
    }

    private java.time.OffsetDateTime zoned(java.time.Instant at) {
        return at == null ? null : at.atZone(clock.getZone()).toOffsetDateTime();
    }
}
