package org.fazhi.deadline.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeadlineClockRepository extends JpaRepository<DeadlineClock, Long>, JpaSpecificationExecutor<DeadlineClock> {

    List<DeadlineClock> findByStateIn(Collection<ClockState> states);

    /** The open clocks that have been extended: those whose due date depends on how an extension is counted. */
    @Query(
            "select distinct c from DeadlineClock c join c.extensions e where c.state in :states")
    List<DeadlineClock> findExtendedByStateIn(Collection<ClockState> states);

    List<DeadlineClock> findBySubjectTypeAndSubjectRecordIdOrderByIdAsc(String subjectType, String subjectId);

    Optional<DeadlineClock> findFirstBySubjectTypeAndSubjectRecordIdAndSubjectPurposeOrderByIdDesc(
            String subjectType, String subjectId, String purpose);

    /**
     * Running clocks, and paused ones whose pause has a limit (they have a due date), in their warning window (or past
     * it) without a warning for their current due date.
     */
    @Query("""
            select c from DeadlineClock c where c.state in (org.fazhi.deadline.internal.ClockState.RUNNING,
                  org.fazhi.deadline.internal.ClockState.PAUSED)
              and c.dates.warnFrom <= :today
              and not exists (select a.id from DeadlineAlert a where a.clockId = c.id
                  and a.level = org.fazhi.deadline.internal.AlertLevel.WARNING and a.dueDate = c.dates.due)
            order by c.id""")
    List<DeadlineClock> needingWarning(@Param("today") LocalDate today);

    /**
     * Running clocks, and paused ones with a due date, past their due date without an alarm for it. A party's window
     * that lapsed is no alarm: nobody of the authority is late.
     */
    @Query("""
            select c from DeadlineClock c where c.state in (org.fazhi.deadline.internal.ClockState.RUNNING,
                  org.fazhi.deadline.internal.ClockState.PAUSED)
              and c.dates.due < :today and c.partyWindow = false
              and not exists (select a.id from DeadlineAlert a where a.clockId = c.id
                  and a.level = org.fazhi.deadline.internal.AlertLevel.ALARM and a.dueDate = c.dates.due)
            order by c.id""")
    List<DeadlineClock> needingAlarm(@Param("today") LocalDate today);
}
