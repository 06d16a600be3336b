package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.fazhi.shared.DashboardSection;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages staff reach: the dashboard section, the deadlines list, the calendar and its edit form. */
class DeadlinePagesTest extends IntegrationTest {

    @Autowired
    java.util.List<DashboardSection> sections;

    @Autowired
    OfficialCalendar officialCalendar;

    private StaffSession signIn(String user) {
        return StaffSession.signIn(baseUrl(), user, PASSWORD);
    }

    @Test
    void the_dashboard_has_a_deadlines_section_for_every_business_role() {
        assertThat(sections).contains(new DashboardSection("DEADLINE_READ", "/deadlines/fragment", 10));
        assertThat(signIn("reviewer").get("/dashboard").body()).contains("/deadlines/fragment");
    }

    @Test
    void the_section_lists_my_sample_clocks_with_badges_naming_basis_and_due_date() {
        HttpResponse<String> r = signIn("reviewer").get("/deadlines/fragment");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("（示例）行政处罚案件作出处罚决定期限").contains("fz-badge-")
                .contains("法律依据：《行政处罚法》第60条；到期日：");
    }

    @Test
    void the_system_administrator_is_reminded_of_a_calendar_year_to_enter_and_others_are_not_shown_the_reminder() {
        assertThat(sections).contains(new DashboardSection("CALENDAR_MANAGE", "/calendar/reminder", 1));
        HttpResponse<String> admin = signIn("admin").get("/calendar/reminder");
        assertThat(admin.statusCode()).isEqualTo(200);
        java.util.List<Integer> due = NextYearReminder.yearsToEnter(officialCalendar.snapshot(),
                java.time.LocalDate.now(org.fazhi.FazhiApplication.ZONE));
        for (int year : due) {
            assertThat(admin.body()).contains("请录入 " + year).contains("/calendar?year=");
        }

        assertThat(signIn("officer1").get("/calendar/reminder").statusCode()).isEqualTo(403);
    }

    @Test
    void the_section_of_the_second_town_shows_none_of_sanxing() {
        HttpResponse<String> r = signIn("t2-clerk").get("/deadlines/fragment");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("（示例）行政处罚案件");
    }

    @Test
    void the_deadlines_page_filters_by_status_and_keyword() {
        StaffSession s = signIn("leader");

        // 先行登记: the one sample clock of evidence kept in advance, among the many demo records marked 示例
        HttpResponse<String> all = s.get("/deadlines?status=ALL&q=%E5%85%88%E8%A1%8C%E7%99%BB%E8%AE%B0");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("id=\"deadline-table\"").contains("（示例）先行登记保存证据处理决定期限");

        HttpResponse<String> overdue = s.get("/deadlines?status=OVERDUE&sort=TITLE&desc=true");
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).doesNotContain("fz-badge-ON_TRACK", "fz-badge-DUE_SOON");
        // the sample whose 90 days end on the second working day from today
        HttpResponse<String> dueSoon = s.get("/deadlines?status=DUE_SOON&q=%E7%A4%BA%E4%BE%8B");
        assertThat(dueSoon.body()).contains("fz-badge-DUE_SOON", "（示例）行政处罚案件作出处罚决定期限")
                .doesNotContain("fz-badge-ON_TRACK", "fz-badge-OVERDUE");
    }

    @Test
    void staff_see_the_calendar_of_2024_with_national_day_marked() {
        HttpResponse<String> r = signIn("officer1").get("/calendar?year=2024");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-date=\"2024-10-01\" data-kind=\"HOLIDAY\"")
                .contains("data-date=\"2024-09-29\" data-kind=\"ADJUSTED_WORKDAY\"")
                .doesNotContain("id=\"calendar-edit\"");
    }

    @Test
    void the_calendar_page_counts_working_days() {
        HttpResponse<String> r = signIn("officer1").get("/calendar?year=2024&from=2024-09-13&days=1");

        assertThat(r.body()).contains("2024-09-14");
    }

    @Test
    void the_administrator_enters_a_year_as_ranges_in_the_form() {
        StaffSession admin = signIn("admin");

        HttpResponse<String> r = admin.postForm("/calendar/years", Map.of("year", "2037", "note", "测试",
                "holidays", "2037-01-01\n2037-02-10~2037-02-16", "adjustedWorkdays", "2037-02-07"));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/calendar?year=2037");
        String page = admin.get("/calendar?year=2037").body();
        assertThat(page).contains("data-date=\"2037-02-12\" data-kind=\"HOLIDAY\"")
                .contains("2037-02-10~2037-02-16");
    }

    @Test
    void an_unreadable_date_in_the_form_is_shown_next_to_the_field_and_the_text_is_kept() {
        StaffSession admin = signIn("admin");

        HttpResponse<String> r = admin.postForm("/calendar/years", Map.of("year", "2038",
                "holidays", "2038-01-01\n2038-02-30", "adjustedWorkdays", ""));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("无法识别“2038-02-30”").contains("2038-01-01\n2038-02-30");
    }

    @Test
    void only_the_administrator_may_post_the_calendar_form() {
        HttpResponse<String> r = signIn("leader").postForm("/calendar/years", Map.of("year", "2039",
                "holidays", "2039-01-01"));

        assertThat(r.statusCode()).isEqualTo(403);
    }
}
