package org.fazhi.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 领导干部学法: the year's figures, the ledger import, the checks on a session, and who may see it. */
class StudyTest extends IntegrationTest {

    static final String HEADER = "日期,形式,主题,主持人,参加人数";

    private Api.Response importCsv(String user, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return api(user).upload("/api/v1/study/sessions/import", "file", "领导干部学法台账.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
    }

    private JsonNode figures(int year) {
        Api.Response r = api("leader").get("/api/v1/study/statistics?year=" + year + "&orgUnit="
                + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_report_year_counts_the_ten_sessions_by_form_with_their_topics() {
        JsonNode f = figures(data.reportYear());

        assertThat(f.get("sessions").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(f.get("byForm").get("中心组学习").asLong()).isPositive();
        assertThat(f.get("participants").asLong()).isGreaterThan(f.get("sessions").asLong());
        assertThat(f.get("topics").toString()).contains("习近平法治思想", "《信访工作条例》");
    }

    @Test
    void a_ledger_imports_good_rows_rejects_an_unknown_form_and_adds_nothing_the_second_time() {
        long before = figures(2023).get("sessions").asLong();
        String good = "2023-06-08,中心组学习,导入学习《中华人民共和国宪法》,镇党委书记,21";

        Api.Response first = importCsv("leader", good, "2023-06-09,读书会,导入未知形式,镇长,10",
                "2023-06-10,会前学法,导入零人,镇长,0");
        Api.Response again = importCsv("leader", good.replace("2023-06-08", "2023/6/8"));

        assertThat(first.json().get("imported").asInt()).as(first.body()).isEqualTo(1);
        assertThat(first.body()).contains("\"column\":\"形式\"", "\"column\":\"参加人数\"");
        assertThat(again.json().get("imported").asInt()).isZero();
        JsonNode after = figures(2023);
        assertThat(after.get("sessions").asLong()).isEqualTo(before + 1);
        assertThat(after.get("byForm").get("中心组学习").asLong()).isPositive();
    }

    @Test
    void an_attendee_who_is_not_staff_of_the_town_is_refused_naming_the_field_and_nothing_is_written() {
        long before = figures(2022).get("sessions").asLong();

        Api.Response r = api("leader").postJson("/api/v1/study/sessions", """
                {"heldOn":"2022-09-01","form":"CENTRAL_GROUP","topic":"宪法学习","host":"镇党委书记",
                 "attendees":["leader","t2-officer1"]}""");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("attendees", "t2-officer1");
        assertThat(figures(2022).get("sessions").asLong()).isEqualTo(before);
    }

    @Test
    void a_session_counts_each_named_leader_and_the_plan_is_set_per_year() {
        Api.Response r = api("leader").postJson("/api/v1/study/sessions", """
                {"heldOn":"2021-04-12","form":"BEFORE_MEETING","topic":"会前学法：行政复议法","host":"镇长",
                 "attendees":["leader"]}""");
        Api.Response plan = api("leader").putJson("/api/v1/study/plans/2021", "{\"planned\":12}");
        Api.Response badPlan = api("leader").putJson("/api/v1/study/plans/2021", "{\"planned\":-1}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("participants").asInt()).isEqualTo(1);
        assertThat(plan.json().get("planned").asInt()).isEqualTo(12);
        assertThat(badPlan.status()).isEqualTo(422);
        assertThat(badPlan.body()).contains("planned");
    }

    @Test
    void roles_without_study_permissions_and_the_other_town_are_refused() {
        assertThat(api("mediator").get("/api/v1/study/statistics?year=2023&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(403);
        assertThat(api("officer1").postJson("/api/v1/study/sessions", "{}").status()).isEqualTo(403);
        assertThat(api("supervisor").get("/api/v1/study/statistics?year=2023&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(200);
        assertThat(api("t2-officer1").get("/api/v1/study/sessions?year=2023").status()).isEqualTo(403);
    }
}
