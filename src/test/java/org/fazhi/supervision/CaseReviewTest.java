package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fazhi.supervision.internal.CaseDraw;
import org.fazhi.supervision.internal.ReviewBand;
import org.fazhi.supervision.internal.ReviewItem;
import org.fazhi.support.Api;
import org.fazhi.support.Docx;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 案卷评查: the demo review of 三星镇's report year was drawn with a recorded seed — at least 3 cases of each
 * department and at least 10 % of them — and scored on the default checklist (100 points); deductions are limited to
 * an item's points, a round is drawn once, and a second town sees none of it.
 */
class CaseReviewTest extends IntegrationTest {

    private static final String REVIEWS = "/api/v1/supervision/reviews";

    /** The demo round of 三星镇's report year. */
    private JsonNode demoRound() {
        Api.Response r = api("reviewer").get(REVIEWS + "?size=100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode n : r.json().get("items")) {
            if (n.get("year").asInt() == data.reportYear() && n.get("townId").asLong() == data.sanxing().id()) {
                return n;
            }
        }
        throw new AssertionError("no demo review in " + r.body());
    }

    private List<JsonNode> cases(long round) {
        Api.Response r = api("reviewer").get(REVIEWS + "/" + round + "/cases");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    private long item(JsonNode round, String heading) {
        for (JsonNode i : round.get("checklist")) {
            if (i.get("heading").asString().equals(heading)) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError(heading);
    }

    /** A year before the report year that has no round of 三星镇 yet. */
    private int freeYear() {
        List<Integer> taken = new ArrayList<>();
        api("reviewer").get(REVIEWS + "?size=100").json().get("items").forEach(n -> {
            if (n.get("townId").asLong() == data.sanxing().id()) {
                taken.add(n.get("year").asInt());
            }
        });
        int y = data.reportYear() - 1;
        while (taken.contains(y)) {
            y--;
        }
        return y;
    }

    /**
     * The decided cases of the round's town and year that existed when the round was created and drawn: ids come from
     * one sequence, so cases other tests decide later (dated in the same year) have larger ids than the round.
     */
    private void refused(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).containsPattern("\\p{IsHan}");
    }

    @Test
    void the_recorded_seed_on_the_same_decided_cases_repeats_the_draw() {
        JsonNode round = demoRound();
        long seed = round.get("seed").asLong();
        List<Long> drawn = cases(round.get("id").asLong()).stream().map(c -> c.get("caseId").asLong()).sorted()
                .toList();
        assertThat(drawn).isNotEmpty();

        // the round keeps the pool it drew from: the cases decided that year, per department, when it was drawn
        Map<Long, List<Long>> perDepartment = new TreeMap<>();
        round.get("pool").properties().forEach(e -> perDepartment.put(Long.valueOf(e.getKey()),
                e.getValue().valueStream().map(JsonNode::asLong).toList()));
        assertThat(perDepartment.values().stream().flatMap(List::stream)).containsAll(drawn);
        Map<Long, List<Long>> again = CaseDraw.draw(perDepartment, seed, round.get("minimumPerDepartment").asInt(),
                round.get("sharePercent").asInt());
        assertThat(again.values().stream().flatMap(List::stream).sorted().toList()).isEqualTo(drawn);
        assertThat(CaseDraw.draw(perDepartment, seed, 3, 10)).isEqualTo(again);
    }

    @Test
    void each_department_draws_at_least_the_minimum_and_at_least_its_share_and_all_of_a_smaller_one() {
        Map<Long, List<Long>> pool = new TreeMap<>();
        pool.put(1L, ids(100, 2));
        pool.put(2L, ids(200, 10));
        pool.put(3L, ids(300, 45));
        pool.put(4L, ids(1000, 100));
        Map<Long, List<Long>> drawn = CaseDraw.draw(pool, 42L, 3, 10);
        assertThat(drawn.get(1L)).containsExactlyElementsOf(pool.get(1L));
        assertThat(drawn.get(2L)).hasSize(3);
        assertThat(drawn.get(3L)).hasSize(5); // 10 % of 45 is 4.5, rounded up
        assertThat(drawn.get(4L)).hasSize(10);
        drawn.forEach((d, ids) -> assertThat(pool.get(d)).containsAll(ids));
        assertThat(CaseDraw.draw(pool, 43L, 3, 10)).isNotEqualTo(drawn);

        JsonNode round = demoRound();
        Map<Long, Long> perDepartment = cases(round.get("id").asLong()).stream()
                .collect(Collectors.groupingBy(c -> c.get("orgUnitId").asLong(), Collectors.counting()));
        Map<Long, Long> decided = new TreeMap<>();
        round.get("pool").properties().forEach(e -> decided.put(Long.valueOf(e.getKey()),
                (long) e.getValue().size()));
        decided.forEach((d, n) -> assertThat(perDepartment.get(d))
                .isEqualTo((long) CaseDraw.sampleSize(n.intValue(), 3, 10)));
    }

    private static List<Long> ids(long from, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(from + i);
        }
        return out;
    }

    @Test
    void a_deduction_above_the_items_points_is_refused_422_and_nothing_is_written() {
        JsonNode round = demoRound();
        long id = round.get("id").asLong();
        JsonNode c = cases(id).get(0);
        String path = REVIEWS + "/" + id + "/cases/" + c.get("id").asLong() + "/score";
        long archive = item(round, "归档完整"); // 5 points

        refused(api("reviewer").postJson(path, """
                {"deductions":[{"itemId":%d,"points":6,"reason":"卷宗缺页"}]}""".formatted(archive)), 422);
        refused(api("reviewer").postJson(path, """
                {"deductions":[{"itemId":%d,"points":3,"reason":"卷宗缺页"},{"itemId":%d,"points":3,"reason":"目录缺失"}]}"""
                .formatted(archive, archive)), 422);
        refused(api("reviewer").postJson(path, """
                {"deductions":[{"itemId":%d,"points":2}]}""".formatted(archive)), 422);

        JsonNode after = cases(id).get(0);
        assertThat(after.get("score")).isEqualTo(c.get("score"));
        assertThat(after.get("deductions")).isEqualTo(c.get("deductions"));
    }

    @Test
    void a_round_is_drawn_once_and_only_its_own_cases_are_scored() {
        JsonNode demo = demoRound();
        Api.Response created = api("reviewer").postJson(REVIEWS, """
                {"year":%d,"townId":%d}""".formatted(freeYear(), data.sanxing().id()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        refused(api("reviewer").postJson(REVIEWS, """
                {"year":%d,"townId":%d}""".formatted(created.json().get("year").asInt(), data.sanxing().id())), 422);

        Api.Response drawn = api("reviewer").postJson(REVIEWS + "/" + id + "/draw", "{\"seed\":7}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        assertThat(drawn.json().get("seed").asLong()).isEqualTo(7);
        refused(api("reviewer").postJson(REVIEWS + "/" + id + "/draw", "{\"seed\":8}"), 422);
        assertThat(api("reviewer").get(REVIEWS + "/" + id).json().get("seed").asLong()).isEqualTo(7);

        long notOurs = cases(demo.get("id").asLong()).get(0).get("id").asLong();
        refused(api("reviewer").postJson(REVIEWS + "/" + id + "/cases/" + notOurs + "/score",
                "{\"deductions\":[]}"), 422);
    }

    @Test
    void a_score_of_90_is_excellent_70_passes_and_below_70_fails_per_case_and_per_department_average() {
        assertThat(ReviewBand.of(ReviewBand.EXCELLENT_FROM)).isEqualTo(ReviewBand.EXCELLENT);
        assertThat(ReviewBand.of(89.9)).isEqualTo(ReviewBand.PASS);
        assertThat(ReviewBand.of(ReviewBand.PASS_FROM)).isEqualTo(ReviewBand.PASS);
        assertThat(ReviewBand.of(69.9)).isEqualTo(ReviewBand.FAIL);

        JsonNode round = demoRound();
        long id = round.get("id").asLong();
        List<JsonNode> drawn = cases(id);
        assertThat(drawn.get(0).get("score").asInt()).isEqualTo(95);
        assertThat(drawn.get(0).get("band").asString()).isEqualTo("EXCELLENT");
        assertThat(drawn.get(1).get("score").asInt()).isEqualTo(86);
        assertThat(drawn.get(1).get("band").asString()).isEqualTo("PASS");

        JsonNode last = drawn.get(drawn.size() - 1);
        Api.Response scored = api("reviewer").postJson(REVIEWS + "/" + id + "/cases/" + last.get("id").asLong()
                + "/score", """
                {"deductions":[{"itemId":%d,"points":20,"reason":"未依法告知陈述申辩权利"},
                               {"itemId":%d,"points":11,"reason":"引用条款不准确"}]}"""
                .formatted(item(round, "程序合法"), item(round, "适用法律正确")));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().get("score").asInt()).isEqualTo(69);
        assertThat(scored.json().get("band").asString()).isEqualTo("FAIL");

        JsonNode results = api("supervisor").get(REVIEWS + "/" + id + "/results").json();
        JsonNode department = results.get("departments").get(0);
        double average = cases(id).stream().mapToInt(c -> c.get("score").asInt()).average().orElseThrow();
        assertThat(department.get("average").asDouble()).isEqualTo(Math.round(average * 10) / 10.0);
        assertThat(department.get("band").asString()).isEqualTo(ReviewBand.of(average).name());
    }

    @Test
    void a_second_towns_reviewer_neither_reads_nor_scores_nor_creates_sanxings_review() {
        String t2 = secondTownReviewer();
        JsonNode round = demoRound();
        long id = round.get("id").asLong();
        assertThat(api(t2).get(REVIEWS + "/" + id).status()).isEqualTo(404);
        assertThat(api(t2).get(REVIEWS + "/" + id + "/results").status()).isEqualTo(404);
        assertThat(api(t2).get(REVIEWS + "/" + id + "/report.docx").status()).isEqualTo(404);
        assertThat(api(t2).postJson(REVIEWS + "/" + id + "/cases/" + cases(id).get(0).get("id").asLong() + "/score",
                "{\"deductions\":[]}").status()).isEqualTo(404);
        assertThat(api(t2).get(REVIEWS).json().get("items").findValues("id").stream().map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(api(t2).postJson(REVIEWS, """
                {"year":%d,"townId":%d}""".formatted(freeYear(), data.sanxing().id())).status()).isEqualTo(403);
        assertThat(api("officer1").get(REVIEWS).status()).isEqualTo(403);
        assertThat(api("supervisor").postJson(REVIEWS + "/" + id + "/draw", "{}").status()).isEqualTo(403);
    }


    @Test
    void the_report_docx_names_the_draw_the_checklist_headings_and_each_departments_result() {
        JsonNode round = demoRound();
        Api.Response docx = api("supervisor").get(REVIEWS + "/" + round.get("id").asLong() + "/report.docx");
        assertThat(docx.status()).isEqualTo(200);
        String text = Docx.text(docx.bytes());
        assertThat(text).contains("行政执法案卷评查报告", "一、抽取情况", "二、评查标准", "三、各部门评查结果", "四、案卷评查明细",
                "随机种子 " + round.get("seed").asLong(), "综合行政执法局");
        ReviewItem.DEFAULTS.forEach(l -> assertThat(text).contains(l.heading() + "（" + l.maxPoints() + "分）"));
    }

    @Test
    void an_edited_checklist_must_total_100_and_applies_to_new_rounds_while_a_round_keeps_its_own() {
        long town = data.sanxing().id();
        refused(api("reviewer").putJson(REVIEWS + "/checklist", """
                {"townId":%d,"items":[{"heading":"主体合法","maxPoints":60}]}""".formatted(town)), 422);
        List<String> edited = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (ReviewItem.Line l : ReviewItem.DEFAULTS) {
            String heading = l.heading().equals("文书规范") ? "文书制作规范" : l.heading();
            int points = l.heading().equals("程序合法") ? 15 : l.maxPoints();
            edited.add(heading);
            items.append(items.isEmpty() ? "" : ",").append("{\"heading\":\"%s\",\"maxPoints\":%d}"
                    .formatted(heading, points));
        }
        edited.add("说理充分");
        items.append(",{\"heading\":\"说理充分\",\"maxPoints\":5}");
        Api.Response saved = api("reviewer").putJson(REVIEWS + "/checklist", """
                {"townId":%d,"items":[%s]}""".formatted(town, items));
        try {
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(demoRound().get("checklist").findValues("heading").stream().map(JsonNode::asString))
                    .contains("文书规范").doesNotContain("说理充分");
            Api.Response created = api("reviewer").postJson(REVIEWS, """
                    {"year":%d,"townId":%d}""".formatted(freeYear(), town));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("checklist").findValues("heading").stream().map(JsonNode::asString))
                    .containsExactlyElementsOf(edited);
        } finally {
            StringBuilder defaults = new StringBuilder();
            ReviewItem.DEFAULTS.forEach(l -> defaults.append(defaults.isEmpty() ? "" : ",")
                    .append("{\"heading\":\"%s\",\"maxPoints\":%d}".formatted(l.heading(), l.maxPoints())));
            assertThat(api("reviewer").putJson(REVIEWS + "/checklist", """
                    {"townId":%d,"items":[%s]}""".formatted(town, defaults)).status()).isEqualTo(200);
        }
    }

    @Test
    void the_reviewer_reaches_the_rounds_the_drawn_cases_and_the_scoring_form_and_a_refused_score_shows_why() {
        JsonNode round = demoRound();
        long id = round.get("id").asLong();
        JsonNode first = cases(id).get(0);
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        assertThat(reviewer.get("/supervision/reviews").body()).contains("/supervision/reviews/" + id,
                "id=\"checklist\"", "id=\"draw-settings\"");
        String page = reviewer.get("/supervision/reviews/" + id).body();
        assertThat(page).contains("id=\"department-results\"", "综合行政执法局", first.get("caseNumber").asString(),
                "随机种子 " + round.get("seed").asLong());
        String scoring = "/supervision/reviews/" + id + "/cases/" + first.get("id").asLong();
        assertThat(reviewer.get(scoring).body()).contains("主体合法", "归档完整", "id=\"score-form\"");

        java.net.http.HttpResponse<String> refused = reviewer.postForm(scoring, java.util.Map.of(
                "itemId", String.valueOf(item(round, "归档完整")), "points", "6", "reason", "卷宗缺页"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("最多扣5分");
        assertThat(cases(id).get(0).get("score")).isEqualTo(first.get("score"));

        StaffSession t2 = StaffSession.signIn(baseUrl(), secondTownReviewer(), PASSWORD);
        assertThat(t2.get("/supervision/reviews/" + id).statusCode()).isEqualTo(404);
    }
}
