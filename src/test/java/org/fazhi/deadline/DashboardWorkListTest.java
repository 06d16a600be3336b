package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.deadline.internal.DeadlineAlertJob;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.LegalBasis;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deadlines section of a dashboard lists the user's own work in the order it needs action: overdue duties of the
 * last 30 days, then what falls due in the next days, then the rest, each a link to its record. Overdue items older
 * than that are counted and linked, not listed; a party's window that passed has lapsed (届满), is no alarm and leaves
 * the to-do lists. The clocks are started for the second town's clerk, relative to today.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardWorkListTest extends IntegrationTest {

    private static final LegalBasis BASIS = LegalBasis.of("测试", 1);

    /** A window the law gives a party. */
    private static final ClockPurpose PARTY_WINDOW = new ClockPurpose() {
        @Override
        public String code() {
            return "worklist-party";
        }

        @Override
        public Owner owner() {
            return Owner.PARTY;
        }
    };

    private static final ClockPurpose DUTY = () -> "worklist-duty";

    @Autowired
    DeadlineEngine engine;

    @Autowired
    RunAs runAs;

    @Autowired
    Clock clock;

    @Autowired
    DeadlineAlertJob alerts;

    @Autowired
    JdbcTemplate jdbc;

    private DeadlineView lapsed;

    private DeadlineView start(String title, ClockPurpose purpose, StatutoryPeriod period, LocalDate triggeredOn) {
        return runAs.as("t2-clerk", () -> engine.start(NewDeadline.of("test.worklist", title, purpose, title, period,
                triggeredOn, DataScope.currentUser().orElseThrow().homeUnit()).assignedTo("t2-clerk")));
    }

    @BeforeAll
    void clocks() {
        LocalDate today = LocalDate.now(clock);
        // 5 working days from 20 calendar days ago: due at most 15 days ago, even across a week of holidays
        start("清单测试·近期逾期", DUTY, StatutoryPeriod.workingDays(5, BASIS), today.minusDays(20));
        // 5 working days from 60 days ago: due more than 40 days ago
        start("清单测试·久已逾期", DUTY, StatutoryPeriod.workingDays(5, BASIS), today.minusDays(60));
        lapsed = start("清单测试·当事人期限", PARTY_WINDOW, StatutoryPeriod.workingDays(5, BASIS), today.minusDays(20));
        // 2 working days from today: inside the default warning window of 3 working days
        start("清单测试·即将到期", DUTY, StatutoryPeriod.workingDays(2, BASIS), today);
        start("清单测试·尚早", DUTY, StatutoryPeriod.workingDays(40, BASIS), today);
    }

    private String section(String user) {
        return StaffSession.signIn(baseUrl(), user, PASSWORD).get("/deadlines/fragment").body();
    }

    @Test
    void the_section_lists_recent_overdue_duties_first_then_what_falls_due_then_the_rest() {
        String body = section("t2-clerk");

        assertThat(body).contains("清单测试·近期逾期", "清单测试·即将到期", "清单测试·尚早");
        assertThat(body.indexOf("清单测试·近期逾期")).isLessThan(body.indexOf("清单测试·即将到期"));
        assertThat(body.indexOf("清单测试·即将到期")).isLessThan(body.indexOf("清单测试·尚早"));
        assertThat(body.indexOf("data-urgency=\"OVERDUE\"")).isLessThan(body.indexOf("清单测试·近期逾期"));
    }

    @Test
    void overdue_items_older_than_thirty_days_are_counted_and_linked_not_listed() {
        String body = section("t2-clerk");

        assertThat(body).doesNotContain("清单测试·久已逾期").contains("项逾期超过 30 天");
        Matcher older = Pattern.compile("href=\"(/deadlines\\?mine=true&amp;status=OVERDUE&amp;dueTo=[0-9-]+)\"")
                .matcher(body);
        assertThat(older.find()).isTrue();
        String list = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD).get(older.group(1).replace("&amp;", "&"))
                .body();
        assertThat(list).contains("清单测试·久已逾期").doesNotContain("清单测试·近期逾期");
    }

    @Test
    void a_partys_passed_window_has_lapsed_is_never_overdue_and_leaves_the_to_do_lists() {
        assertThat(section("t2-clerk")).doesNotContain("清单测试·当事人期限");

        JsonNode clock = api("t2-clerk").get("/api/v1/deadlines/" + lapsed.id()).json();
        assertThat(clock.get("status").asString()).isEqualTo("LAPSED");
        assertThat(clock.get("owner").asString()).isEqualTo("PARTY");
        assertThat(titles("/api/v1/deadlines?mine=true&size=100")).doesNotContain("清单测试·当事人期限");
        assertThat(titles("/api/v1/deadlines?mine=true&status=OVERDUE&size=100"))
                .contains("清单测试·近期逾期").doesNotContain("清单测试·当事人期限");
        assertThat(titles("/api/v1/deadlines?mine=true&status=LAPSED&size=100"))
                .contains("清单测试·当事人期限");

        String page = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD)
                .get("/deadlines?mine=true&status=LAPSED").body();
        assertThat(page).contains("清单测试·当事人期限", "fz-badge-LAPSED", "届满").doesNotContain("fz-badge-OVERDUE");
    }

    @Test
    void a_lapsed_window_raises_no_alarm() {
        alerts.raiseAlerts();

        assertThat(jdbc.queryForList("select alert_level from deadline_alert where clock_id = ?", String.class,
                lapsed.id())).doesNotContain("ALARM");
    }

    @Test
    void each_listed_item_of_a_module_leads_to_its_record_which_the_user_may_open() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        String body = leader.get("/deadlines/fragment").body();
        Matcher links = Pattern.compile("class=\"[^\"]*fz-work-item[^\"]*\">\\s*<a href=\"([^\"]+)\"").matcher(body);
        List<String> hrefs = new ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1).replace("&amp;", "&"));
        }

        assertThat(hrefs).isNotEmpty();
        for (String href : hrefs) {
            assertThat(leader.get(href).statusCode()).as(href).isIn(200, 302);
        }
    }

    private List<String> titles(String path) {
        List<String> out = new ArrayList<>();
        api("t2-clerk").get(path).json().get("items").forEach(i -> out.add(i.get("title").asString()));
        return out;
    }
}
