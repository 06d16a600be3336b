package org.fazhi.deadline.internal;

/** How urgent a raised alert of a clock is; stored by name in {@code deadline_alert.alert_level}. */
enum AlertLevel {
    /** 预警 (黄牌): the due date is near */
    WARNING,
    /** 告警 (红牌): the due date has passed */
    ALARM
}
