package org.fazhi.deadline.internal;

import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.Permission;
import org.fazhi.shared.DashboardSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contributions of the calendar module to the platform: the deadlines section of every business dashboard (the
 * administrators see no business records), and the official working days by which the demo data is dated.
 */
@Configuration(proxyBeanMethods = false)
class CalendarModuleConfig {

    /** Where the section sits among the dashboard's sections (lower is higher up). */
    static final int DASHBOARD_ORDER = 10;

    /** The reminder to enter an official calendar, at the top of the system administrator's dashboard. */
    @Bean
    DashboardSection calendarReminderSection() {
        return new DashboardSection(Permission.CALENDAR_MANAGE.name(), "/calendar/reminder", 1);
    }

    @Bean
    DashboardSection deadlinesDashboardSection() {
        return new DashboardSection(Permission.DEADLINE_READ.name(), "/deadlines/fragment", DASHBOARD_ORDER);
    }

    /** The demo data falls on working days of the official calendar, as the deadline engine counts them. */
    @Bean
    DemoCalendar.WorkingDays officialWorkingDays(OfficialCalendar calendar) {
        return date -> calendar.snapshot().isWorkingDay(date);
    }
}
