package org.fazhi.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.organization.OrgUnitView;

/**
 * 期限引擎 — the one engine for every statutory clock. A module starts a clock when the triggering event happens and
 * moves it as its procedure goes on; the engine computes the due date from the official calendar, recomputes it when
 * the calendar changes, and records a warning (预警) before and an alarm (告警) after it, once per due date.
 * <p>
 * Clocks are town records: reads see only the caller's data scope, writes need the holder to be writable by the
 * caller. Each method joins the caller's transaction. A step the clock's state does not allow is a
 * {@link org.fazhi.shared.RuleViolation} naming the state.
 */
public interface DeadlineEngine {

    /** Starts a clock for a record and a purpose. */
    DeadlineView start(NewDeadline deadline);

    /**
     * Pauses the clock (time consulting a third party, waiting for a fee …): from {@code from} on, days are not
     * counted until it is resumed.
     */
    DeadlineView pause(long deadlineId, LocalDate from, String reason);

    /**
     * Pauses the clock for at most {@code limit}, counted from the day before {@code from} (the day a consulted party
     * was asked): when the limit ends without the clock having been resumed, the clock runs again by itself. The due
     * date is therefore known during the pause — computed as if the clock resumed the day after the limit — and the
     * clock's warnings and alarms keep working; resuming earlier brings the due date forward, a later resume or
     * meeting counts the pause only up to its limit.
     */
    DeadlineView pause(long deadlineId, LocalDate from, String reason, StatutoryPeriod limit);

    /** Resumes a paused clock: {@code on} is the first day counted again. */
    DeadlineView resume(long deadlineId, LocalDate on);

    /**
     * Starts a full new period from a new trigger day (e.g. the day a 补正 supplement is received); earlier pauses and
     * extensions no longer apply. An open pause ends.
     */
    DeadlineView restart(long deadlineId, LocalDate newTrigger, String reason);

    /**
     * Extends the period: {@code extension} is added to the due date as it stood. It must be decided on or before
     * that date. A paused clock (a hearing) may be extended too and stays paused; its due date as it stood is the one
     * it would have if it ran again the day after the decision. The limits on how long and how often a period may be
     * extended are the calling module's rules.
     */
    DeadlineView extend(long deadlineId, StatutoryPeriod extension, String approver, String reason,
                        LocalDate decidedOn);

    /**
     * Sets a later due date by a decision the law allows (《政府信息公开条例》第35条: an application clearly excessive in
     * volume or frequency gets a later reply date, and the applicant is told). It replaces the computed due date for
     * the running period, must be later than it, is decided on or before it, and the reason stays in the clock's
     * history. A restart clears it.
     */
    DeadlineView setDueDate(long deadlineId, LocalDate dueDate, String reason, LocalDate decidedOn);

    /** The duty was fulfilled on {@code on}: the clock stops and shows whether it was in time. */
    DeadlineView meet(long deadlineId, LocalDate on);

    /**
     * The duty was fulfilled at an instant (a report made at 14:32): a clock in minutes is met late when {@code at}
     * is after its due instant; a clock in days is met on the day of {@code at}. An instant before the trigger of a
     * clock in minutes is refused (field {@code at}).
     */
    DeadlineView meetAt(long deadlineId, java.time.OffsetDateTime at);

    /** The clock ends without the duty falling due (application withdrawn, case transferred …). */
    DeadlineView stop(long deadlineId, LocalDate on, String reason);

    /**
     * Hands a running or paused clock over with its record to another unit of the same town (a dispute the village
     * hands up to the town committee): the period runs on as it is; the new holder sees the clock and its alerts, the
     * old holder no longer does, and it is no longer assigned to a person of the old holder.
     */
    DeadlineView handOver(long deadlineId, OrgUnitView newHolder, String reason);

    /**
     * The member of staff in charge changes (a review reassigned): the open clock moves to {@code assignee}'s list, the
     * reason stays in its history. A closed clock is history and does not move.
     */
    DeadlineView assign(long deadlineId, String assignee, String reason);

    /** The clock, if it exists within the caller's scope. */
    Optional<DeadlineView> find(long deadlineId);

    /**
     * The clock that serves {@code purpose} for one record, if it exists within the caller's scope; where the record
     * has had several (a hearing rescheduled, a second notice), the newest. Steps on it then go by its id.
     */
    Optional<DeadlineView> clock(String subjectType, String subjectId, ClockPurpose purpose);

    /** The clocks of one record, oldest first. */
    List<DeadlineView> ofSubject(String subjectType, String subjectId);

    /**
     * The records of one subject type whose clock of {@code purpose} has {@code status} today, within the caller's
     * scope: for a module's list filtered by its clocks (the applications overdue for an answer …).
     */
    java.util.Set<String> subjectsWith(String subjectType, ClockPurpose purpose, DeadlineStatus status);

    /**
     * The clocks overdue today (a duty of the authority past its due date and not met), of every subject type, within
     * the caller's scope: for supervision, which looks for duties left undone across the modules.
     */
    List<DeadlineView> overdue();
}
