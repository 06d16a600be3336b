package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 普法活动: the ledger import, recording with its checks, the year's figures and who may see them. */
class PublicityActivitiesTest extends IntegrationTest {

    static final String HEADER = "活动日期,活动名称,主题,活动类型,活动形式,主办单位,所属村居,地点,主讲人,受众,参加人数,发放资料(份)";
    static final String URL = "/api/v1/publicity/activities/import";

    private Api.Response importCsv(String user, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return api(user).upload(URL, "file", "普法活动台账.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
    }

    private JsonNode rejection(Api.Response r, int row) {
        for (JsonNode j : r.json().get("rejected")) {
            if (j.get("row").asInt() == row) {
                return j;
            }
        }
        throw new AssertionError("row " + row + " not rejected: " + r.body());
    }

    private JsonNode figures(String user, int year, long unit) {
        Api.Response r = api(user).get("/api/v1/publicity/statistics?year=" + year + "&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_report_year_counts_52_campaigns_48_village_sessions_and_the_weeks_with_posts() {
        JsonNode f = figures("educator", data.reportYear(), data.sanxing().id());

        assertThat(f.get("activities").asLong()).isGreaterThanOrEqualTo(52);
        assertThat(f.get("villageSessions").asLong()).isGreaterThanOrEqualTo(48);
        assertThat(f.get("materials").asLong()).isGreaterThan(50_000);
        assertThat(f.get("posts").asLong()).isGreaterThan(200);
        assertThat(f.get("weeksWithPosts").asLong()).isBetween(45L, 50L);
        assertThat(f.get("byVillage").size()).isEqualTo(26);
        long themed = 0;
        for (JsonNode n : f.get("byTheme")) {
            themed += n.asLong();
        }
        assertThat(themed).as("an activity counts once per theme").isGreaterThan(f.get("activities").asLong()
                + f.get("villageSessions").asLong());
        assertThat(f.get("byForm").get("讲座").asLong()).isPositive();
    }

    @Test
    void a_ledger_imports_good_rows_rejects_bad_ones_by_column_and_counts_themes_once_each() {
        JsonNode before = figures("educator", 2023, data.sanxing().id());
        Api.Response r = importCsv("educator",
                "2023-03-15,导入消费者权益日宣传,消费者权益保护、民法典,法治宣传活动,现场宣传,三星镇司法所,,文化广场,张三,村民,150,800",
                "2023-04-02,导入东兴村入村普法,反诈,入村普法,讲座,三星镇司法所,东兴村,村委会,法律顾问,村民,40,200",
                "2023-04-03,导入未知村,反诈,入村普法,讲座,三星镇司法所,示例一村,村委会,法律顾问,村民,40,200",
                "2023-04-04,导入无村入村普法,反诈,入村普法,讲座,三星镇司法所,,村委会,法律顾问,村民,40,200",
                "2023-04-05,导入未知主题,养生,法治宣传活动,讲座,三星镇司法所,,村委会,法律顾问,村民,40,200",
                "2023-04-06,导入负数,反诈,法治宣传活动,讲座,三星镇司法所,,村委会,法律顾问,村民,-5,200",
                "2023-04-07,导入小数,反诈,法治宣传活动,讲座,三星镇司法所,,村委会,法律顾问,村民,40,12.5");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(2);
        assertThat(rejection(r, 4).get("column").asString()).isEqualTo("所属村居");
        assertThat(rejection(r, 4).get("reason").asString()).contains("示例一村");
        assertThat(rejection(r, 5).get("column").asString()).isEqualTo("所属村居");
        assertThat(rejection(r, 6).get("column").asString()).isEqualTo("主题");
        assertThat(rejection(r, 6).get("reason").asString()).contains("养生");
        assertThat(rejection(r, 7).get("column").asString()).isEqualTo("参加人数");
        assertThat(rejection(r, 8).get("column").asString()).isEqualTo("发放资料(份)");

        JsonNode after = figures("educator", 2023, data.sanxing().id());
        assertThat(after.get("activities").asLong() - before.get("activities").asLong()).isEqualTo(1);
        assertThat(after.get("villageSessions").asLong() - before.get("villageSessions").asLong()).isEqualTo(1);
        assertThat(after.get("participants").asLong() - before.get("participants").asLong()).isEqualTo(190);
        assertThat(after.get("materials").asLong() - before.get("materials").asLong()).isEqualTo(1000);
        assertThat(after.get("byTheme").get("反诈").asLong() - count(before.get("byTheme"), "反诈")).isEqualTo(1);
        assertThat(after.get("byTheme").get("民法典").asLong() - count(before.get("byTheme"), "民法典")).isEqualTo(1);
        assertThat(after.get("byVillage").get("东兴村").asLong() - count(before.get("byVillage"), "东兴村"))
                .isEqualTo(1);
    }

    private static long count(JsonNode map, String key) {
        return map.has(key) ? map.get(key).asLong() : 0;
    }

    @Test
    void importing_the_same_ledger_again_adds_nothing() {
        String row = "2023-05-10,重复导入送法进企业,送法进企业,法治宣传活动,讲座,三星镇司法所,,家纺城,张三,企业职工,60,100";

        Api.Response first = importCsv("educator", row);
        Api.Response again = importCsv("educator", row.replace("2023-05-10", "2023/5/10"));

        assertThat(first.json().get("imported").asInt()).as(first.body()).isEqualTo(1);
        assertThat(again.json().get("imported").asInt()).isZero();
        long same = 0;
        for (JsonNode a : api("educator").get("/api/v1/publicity/activities?year=2023").json()) {
            same += a.get("name").asString().equals("重复导入送法进企业") ? 1 : 0;
        }
        assertThat(same).isEqualTo(1);
    }

    @Test
    void a_village_session_without_its_village_is_refused_naming_the_field_and_nothing_is_written() {
        int before = api("educator").get("/api/v1/publicity/activities?year=2022").json().size();

        Api.Response r = api("educator").postJson("/api/v1/publicity/activities", """
                {"heldOn":"2022-06-01","name":"无村的入村普法","themes":["宪法"],"type":"VILLAGE","form":"LECTURE",
                 "organiser":"三星镇司法所","participants":30,"materials":10}""");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("villageId", "入村普法须填写所属村居");
        assertThat(api("educator").get("/api/v1/publicity/activities?year=2022").json().size()).isEqualTo(before);
    }

    @Test
    void another_town_sees_neither_the_figures_nor_an_activity_of_sanxing() {
        long id = api("educator").get("/api/v1/publicity/activities?year=" + data.reportYear()).json().get(0)
                .get("id").asLong();

        assertThat(api("t2-officer1").get("/api/v1/publicity/statistics?year=" + data.reportYear() + "&orgUnit="
                + data.sanxing().id()).status()).isEqualTo(403);
        assertThat(api("t2-officer1").get("/api/v1/publicity/activities/" + id).status()).isEqualTo(404);
        assertThat(figures("t2-officer1", data.reportYear(), data.secondTown().id()).get("activities").asLong())
                .isZero();
    }

    @Test
    void a_role_without_publicity_permissions_is_refused() {
        assertThat(api("mediator").get("/api/v1/publicity/statistics?year=2023&orgUnit=" + data.sanxing().id())
                .status()).isEqualTo(403);
        assertThat(importCsv("mediator", "2023-05-11,调解员导入,宪法,法治宣传活动,讲座,司法所,,,,,1,1").status())
                .isEqualTo(403);
    }
}
