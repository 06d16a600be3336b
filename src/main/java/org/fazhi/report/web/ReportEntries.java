package org.fazhi.report.web;

import org.fazhi.deadline.ClockSubject;
import org.fazhi.report.internal.RuleOfLawReports;
import org.fazhi.report.internal.WorkPlans;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.PublicServiceCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's places in the console navigation, the deadline register and the portal. */
@Configuration(proxyBeanMethods = false)
class ReportEntries {

    @Bean
    NavItem ruleOfLawReportNav() {
        return new NavItem("nav.group.report", "report.nav", RuleOfLawReportPages.BASE, "REPORT_READ",
                "rule-of-law-reports", 10);
    }

    @Bean
    NavItem workPlanNav() {
        return new NavItem("nav.group.report", "report.workPlan.nav", WorkPlanPages.BASE, "WORK_PLAN_PROGRESS",
                "work-plans", 20);
    }

    /** A task's clock in the deadline register and on the dashboards: keyed by the task, leading to its plan. */
    @Bean
    ClockSubject workPlanTaskClockSubject() {
        return new ClockSubject(WorkPlans.CLOCK_SUBJECT, "WORK_PLAN_PROGRESS", WorkPlanPages.BASE + "/tasks/{id}");
    }

    /** The publication clock in the deadline register: keyed by town and year, leading to the report list. */
    @Bean
    ClockSubject ruleOfLawReportClockSubject() {
        return new ClockSubject(RuleOfLawReports.CLOCK_SUBJECT, "REPORT_READ",
                RuleOfLawReportPages.BASE + "?clock={id}");
    }

    @Bean
    PublicServiceCard ruleOfLawReportCard() {
        return new PublicServiceCard("report.portal.title", "report.portal.description", "reports", 70);
    }
}
