package org.fazhi.calendar.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the deadline engine ({@code fazhi.deadlines.*}).
 *
 * @param warningWorkingDays the default warning window: a clock is "due soon" (黄牌) from this many working days before
 *                           its due date. A platform setting, not a legal number; a module may set a window per clock.
 * @param alertInterval      how often the alert job runs
 */
@ConfigurationProperties("fazhi.deadlines")
public record DeadlineProperties(@DefaultValue("3") int warningWorkingDays,
                                 @DefaultValue("PT15M") Duration alertInterval) {
}
