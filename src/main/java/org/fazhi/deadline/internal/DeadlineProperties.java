package org.fazhi.deadline.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deadline engine ({@code fazhi.deadlines.*}). The alert job's timing is read by its
 * {@code @Scheduled} annotation: {@code fazhi.deadlines.alert-interval} (default every 15 minutes) and
 * {@code fazhi.deadlines.alert-initial-delay} (default one minute after start).
 *
 * @param warningWorkingDays the default warning window: a clock is "due soon" (黄牌) from this many working days before
 *                           its due date. A platform setting, not a legal number; a module may set a window per clock.
 */
@ConfigurationProperties("fazhi.deadlines")
public record DeadlineProperties(@DefaultValue("3") int warningWorkingDays) {
}
