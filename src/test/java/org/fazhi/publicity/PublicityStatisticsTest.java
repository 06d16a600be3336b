package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The legal-education figures of 三星镇 and of 东兴村 for 2012, a year no other record of the tests or the demo falls
 * in: activities, posts and answer sheets on the days around the turn of the year, posts in ISO weeks that belong to
 * the year before and after, an activity of several themes, a sheet without village and one of no questions.
 */
class PublicityStatisticsTest extends IntegrationTest {

    private static final String POST_HEADER = "发布日期,平台,类型,标题,链接";

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode get(String path, long unit) {
        Api.Response r = api("educator").get("/api/v1/publicity/statistics" + path + "?year=2012&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void upload(String url, String name, String... lines) {
        Api.Response r = api("educator").upload(url, "file", name, "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(lines.length - 1);
    }

    private void sheet(long id, long quiz, Long village, int score, int total, String on) {
        long town = data.sanxing().id();
        jdbc.update("insert into publicity_quiz_answer (id, version, town_id, village_id, holder_unit_id, quiz_id, "
                + "answer_village_id, score, total, answered_on) values (?, 0, ?, null, ?, ?, ?, ?, ?, ?)",
                id, town, town, quiz, village, score, total, LocalDate.parse(on));
    }

    @Test
    void figures_of_2012_count_what_falls_in_the_year_by_type_form_theme_village_week_and_score() {
        long dongxing = data.unit(data.sanxing(), "东兴村").id();
        upload(PublicityActivitiesTest.URL, "普法活动台账.csv", PublicityActivitiesTest.HEADER,
                "2011-12-31,统计年前活动,宪法,法治宣传活动,讲座,三星镇司法所,,广场,张三,村民,1000,1000",
                "2012-01-01,统计年初活动,宪法、民法典,法治宣传活动,讲座,三星镇司法所,,广场,张三,村民,100,200",
                "2012-06-01,统计东兴村入村普法,反诈,入村普法,现场宣传,三星镇司法所,东兴村,村委会,顾问,村民,30,40",
                "2012-12-31,统计年末入村普法,民法典,入村普法,讲座,三星镇司法所,东兴村,村委会,顾问,村民,20,10",
                "2013-01-01,统计年后活动,宪法,法治宣传活动,讲座,三星镇司法所,,广场,张三,村民,1000,1000");
        upload("/api/v1/publicity/posts/import", "网络普法台账.csv", POST_HEADER,
                "2011-12-31,微信公众号,普法宣传,统计年前推文,",
                // a Sunday of ISO week 2011-W52
                "2012-01-01,微信公众号,普法宣传,统计年初推文,",
                "2012-01-02,微信公众号,普法宣传,统计第一周推文一,",
                "2012-01-03,微博,普法宣传,统计第一周推文二,",
                // a Monday of ISO week 2013-W01
                "2012-12-31,微信公众号,普法宣传,统计年末推文,",
                "2013-01-01,微信公众号,普法宣传,统计年后推文,");
        long quiz = api("educator").get("/api/v1/publicity/quizzes").json().get(0).get("id").asLong();
        sheet(9_000_000_001L, quiz, dongxing, 10, 10, "2011-12-31");
        sheet(9_000_000_002L, quiz, dongxing, 7, 10, "2012-01-01");
        sheet(9_000_000_003L, quiz, null, 2, 3, "2012-12-31");
        sheet(9_000_000_004L, quiz, dongxing, 0, 0, "2012-07-01");
        sheet(9_000_000_005L, quiz, null, 10, 10, "2013-01-01");

        JsonNode town = get("", data.sanxing().id());
        assertThat(town.get("activities").asLong()).isEqualTo(1);
        assertThat(town.get("villageSessions").asLong()).isEqualTo(2);
        assertThat(town.get("participants").asLong()).isEqualTo(150);
        assertThat(town.get("materials").asLong()).isEqualTo(250);
        assertThat(town.get("posts").asLong()).isEqualTo(4);
        assertThat(town.get("weeksWithPosts").asLong()).isEqualTo(3);
        assertThat(town.get("byTheme").toString()).isEqualTo("{\"民法典\":2,\"反诈\":1,\"宪法\":1}");
        assertThat(town.get("byVillage").toString()).isEqualTo("{\"东兴村\":2}");
        assertThat(town.get("byForm").get("讲座").asLong()).isEqualTo(2);
        assertThat(town.get("byForm").get("现场宣传").asLong()).isEqualTo(1);
        assertThat(town.get("byForm").get("直播").asLong()).isZero();
        assertThat(town.get("byForm").size()).isEqualTo(7);
        // the village counts the sessions held in it, though the town holds them
        JsonNode village = get("", dongxing);
        assertThat(village.get("activities").asLong()).isZero();
        assertThat(village.get("villageSessions").asLong()).isEqualTo(2);
        assertThat(village.get("participants").asLong()).isEqualTo(50);
        assertThat(village.get("posts").asLong()).isZero();

        JsonNode quizzes = get("/quizzes", data.sanxing().id());
        assertThat(quizzes.get("answers").asLong()).isEqualTo(3);
        // (70 + 66.67 + 0) / 3 = 45.56, one decimal
        assertThat(quizzes.get("averageScore").asDouble()).isEqualTo(45.6);
        assertThat(quizzes.get("byVillage").toString()).isEqualTo("{\"东兴村\":2,\"未填写\":1}");
        assertThat(get("/quizzes", dongxing).get("answers").asLong()).isEqualTo(2);
    }
}
