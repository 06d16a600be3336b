/**
 * 工作日历与期限 — the official working-day calendar (holidays and adjusted working days of the State Council's yearly
 * notices, shipped as data and edited by the system administrator) and the one deadline engine every module uses for
 * its statutory clocks. Other modules call {@link org.fazhi.deadline.DeadlineEngine} to start and move clocks (each
 * named by its record and a {@link org.fazhi.deadline.ClockPurpose}), {@link org.fazhi.deadline.OfficialCalendar} to
 * count days, name their periods with {@link org.fazhi.deadline.StatutoryPeriod}, and may listen to
 * {@link org.fazhi.deadline.DeadlineMoved} when the calendar moves one of their clocks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "期限引擎与工作日历 Deadline engine and calendar")
package org.fazhi.deadline;
