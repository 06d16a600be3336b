package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.WorkingCalendar;

/**
 * What a procedure step needs besides its own input: the deadline engine that keeps the application's one clock, the
 * official calendar for the periods the application checks itself, today's date and who acts.
 */
record StepContext(DeadlineEngine engine, WorkingCalendar calendar, LocalDate today, String actor) {
}
