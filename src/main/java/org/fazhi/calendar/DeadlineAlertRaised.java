package org.fazhi.calendar;

import java.time.LocalDate;

/**
 * 期限预警 / 期限告警 — published once per clock, level and due date when a clock enters its warning window
 * ({@link Level#WARNING}) or passes its due date unmet ({@link Level#ALARM}).
 */
public record DeadlineAlertRaised(long deadlineId, long townId, long holderUnitId, String subjectType,
                                  String subjectId, String title, Level level, LocalDate dueDate) {

    public enum Level {
        /** 预警 (黄牌): the due date is near */
        WARNING,
        /** 告警 (红牌): the due date has passed */
        ALARM
    }
}
