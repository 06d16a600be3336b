package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadline.internal.DeadlineAlertJob;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The town's rule-of-law work plan of the year: each task of an adopted plan runs on the deadline engine and alerts its
 * department once overdue; a department's staff report progress on their own tasks only; the annual report drafts
 * part 四 from next year's plan and opens part 三 with the year's unfinished tasks; the second town sees nothing of
 * 三星镇's plans; bad input is refused with a Chinese problem and writes nothing. Each test works on a year of its own
 * (one plan per town and year), years before the demo's.
 */
class WorkPlanTest extends IntegrationTest {

    static final String BASE = "/api/v1/reports/work-plans";
    static final String REPORTS = "/api/v1/reports/rule-of-law";

    @Autowired
    DeadlineAlertJob alertJob;

    @Autowired
    JdbcTemplate jdbc;

    private long department(String name) {
        return data.unit(data.sanxing(), name).id();
    }

    private long plan(int year) {
        Api.Response r = api("reviewer").postJson(BASE, """
                {"year":%d,"orgUnitId":%d,"title":"%d年法治政府建设工作要点（测试）"}"""
                .formatted(year, data.sanxing().id(), year));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long task(long plan, String title, String department, LocalDate dueOn) {
        Api.Response r = api("leader").postJson(BASE + "/" + plan + "/tasks", """
                {"title":"%s","departmentId":%d,"dueOn":"%s","leader":"分管副镇长"}"""
                .formatted(title, department(department), dueOn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private void adopt(long plan, LocalDate on) {
        Api.Response r = api("leader").postJson(BASE + "/" + plan + "/adoption", """
                {"adoptedOn":"%s"}""".formatted(on));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private JsonNode taskOf(long plan, long task) {
        for (JsonNode t : api("reviewer").get(BASE + "/" + plan).json().get("tasks")) {
            if (t.get("id").asLong() == task) {
                return t;
            }
        }
        throw new AssertionError("no task " + task);
    }

    private static JsonNode section(JsonNode report, String key) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key);
    }

    @Test
    void a_task_runs_on_the_deadline_engine_to_its_due_date_and_alerts_its_department_once_overdue() {
        int year = data.reportYear() - 2;
        long plan = plan(year);
        String title = "完成行政执法案卷评查（告警测试" + year + "）";
        long task = task(plan, title, "综合行政执法局", LocalDate.of(year, 6, 30));
        assertThat(taskOf(plan, task).get("dueOn").isNull()).as("no clock before adoption").isTrue();

        adopt(plan, LocalDate.of(year, 1, 10));

        JsonNode t = taskOf(plan, task);
        JsonNode clocks = api("officer1").get("/api/v1/deadlines?status=OVERDUE&q=" + java.net.URLEncoder.encode(
                title, java.nio.charset.StandardCharsets.UTF_8)).json().get("items");
        assertThat(clocks).as("the department's overdue clocks").hasSize(1);
        JsonNode clock = clocks.get(0);
        assertThat(clock.get("subjectId").asString()).isEqualTo(String.valueOf(task));
        assertThat(clock.get("holderUnitId").asLong()).isEqualTo(department("综合行政执法局"));
        assertThat(t.get("dueOn").asString()).isEqualTo(clock.get("dueDate").asString());
        assertThat(LocalDate.parse(t.get("dueOn").asString())).isAfterOrEqualTo(LocalDate.of(year, 6, 30));
        assertThat(t.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(t.get("stateLabel").asString()).isEqualTo("逾期");

        alertJob.raiseAlerts();

        assertThat(jdbc.queryForList("select alert_level from deadline_alert where clock_id = ?", String.class,
                clock.get("id").asLong())).contains("ALARM");
    }

    @Test
    void progress_is_reported_by_the_departments_own_staff_and_refused_to_another_department() {
        int year = data.reportYear() - 3;
        long plan = plan(year);
        long task = task(plan, "推进执法全过程记录（进展测试）", "综合行政执法局", LocalDate.of(year, 11, 30));
        adopt(plan, LocalDate.of(year, 2, 3));
        String progress = BASE + "/" + plan + "/tasks/" + task + "/progress";

        Api.Response other = api("clerk").postJson(progress, """
                {"on":"%d-05-06","text":"代为报告","done":true}""".formatted(year));
        Api.Response own = api("officer1").postJson(progress, """
                {"on":"%d-05-06","text":"执法记录仪全部配发到位","done":true,"evidence":["/enforcement/cases"]}"""
                .formatted(year));

        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("state").asString()).isEqualTo("DONE");
        JsonNode t = taskOf(plan, task);
        assertThat(t.get("doneOn").asString()).isEqualTo(year + "-05-06");
        assertThat(t.get("clockStatus").asString()).isEqualTo("MET");
        assertThat(t.get("progress")).hasSize(1);
        assertThat(t.get("progress").get(0).get("reportedBy").asString()).isEqualTo("officer1");
        assertThat(t.get("progress").get(0).get("evidence").get(0).asString()).isEqualTo("/enforcement/cases");

        Api.Response again = api("officer1").postJson(progress, """
                {"on":"%d-05-07","text":"再次报告","done":false}""".formatted(year));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asString()).contains("已于" + year + "-05-06完成");
        assertThat(taskOf(plan, task).get("progress")).hasSize(1);
    }

    @Test
    void part_four_of_the_report_lists_the_tasks_of_next_years_plan_and_part_two_cites_this_years_adoption() {
        int year = data.demo().currentYear();
        JsonNode next = api("reviewer").get(BASE + "?year=" + (year + 1) + "&orgUnit=" + data.sanxing().id()).json();
        JsonNode current = api("reviewer").get(BASE + "?year=" + year + "&orgUnit=" + data.sanxing().id()).json();
        assertThat(next).hasSize(1);
        assertThat(current).hasSize(1);

        JsonNode report = api("reviewer").postJson(REPORTS, """
                {"year":%d,"orgUnitId":%d}""".formatted(year, data.sanxing().id())).json();

        String plans = section(report, "plans").get("text").asString();
        assertThat(plans).startsWith((year + 1) + "年，三星镇将按照《" + next.get(0).get("title").asString() + "》");
        int i = 0;
        for (JsonNode t : next.get(0).get("tasks")) {
            assertThat(plans).contains(++i + "、" + t.get("title").asString() + "。");
        }
        JsonNode responsibility = section(report, "responsibility");
        assertThat(responsibility.get("text").asString())
                .contains("部署年度任务" + current.get(0).get("tasks").size() + "项");
        JsonNode tasks = null;
        for (JsonNode f : responsibility.get("figures")) {
            if (f.get("key").asString().equals("workPlan.tasks")) {
                tasks = f;
            }
        }
        assertThat(tasks).as("the figure workPlan.tasks").isNotNull();
        assertThat(tasks.get("source").get("link").asString())
                .isEqualTo("/reports/work-plans/" + current.get(0).get("id").asLong());
    }

    @Test
    void part_three_of_the_report_opens_with_the_years_unfinished_tasks() {
        int year = data.demo().currentYear();
        JsonNode plan = api("reviewer").get(BASE + "?year=" + year + "&orgUnit=" + data.sanxing().id()).json().get(0);
        List<String> unfinished = new ArrayList<>();
        List<String> done = new ArrayList<>();
        plan.get("tasks").forEach(t -> (t.get("state").asString().equals("DONE") ? done : unfinished)
                .add(t.get("title").asString()));
        assertThat(done).isNotEmpty();
        assertThat(unfinished).isNotEmpty();

        JsonNode report = api("reviewer").postJson(REPORTS, """
                {"year":%d,"orgUnitId":%d}""".formatted(year, data.sanxing().id())).json();

        String shortcomings = section(report, "shortcomings").get("text").asString();
        assertThat(shortcomings).startsWith("对照《" + plan.get("title").asString() + "》");
        unfinished.forEach(t -> assertThat(shortcomings).contains(t));
        done.forEach(t -> assertThat(shortcomings).doesNotContain(t));
    }

    @Test
    void the_second_town_neither_sees_nor_reports_on_sanxings_plans() {
        int year = data.demo().currentYear();
        JsonNode plan = api("reviewer").get(BASE + "?year=" + year + "&orgUnit=" + data.sanxing().id()).json().get(0);
        long id = plan.get("id").asLong();
        long task = plan.get("tasks").get(0).get("id").asLong();

        assertThat(api("t2-officer1").get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(api("t2-officer1").get(BASE + "?orgUnit=" + data.sanxing().id()).status()).isEqualTo(403);
        assertThat(api("t2-officer1").get(BASE).json()).noneMatch(p -> p.get("id").asLong() == id);
        assertThat(api("t2-officer1").postJson(BASE + "/" + id + "/tasks/" + task + "/progress", """
                {"on":"%s","text":"越权报告"}""".formatted(LocalDate.of(year, 1, 5))).status()).isEqualTo(404);
        assertThat(api("t2-officer1").postJson(BASE + "/" + id + "/tasks", """
                {"title":"越权任务","departmentId":%d,"dueOn":"%d-12-01"}""".formatted(
                data.unit(data.secondTown(), "综合行政执法局").id(), year)).status()).isEqualTo(403);
        assertThat(api("reviewer").get(BASE + "/" + id).json().get("tasks")).hasSize(plan.get("tasks").size());
    }

    @Test
    void bad_input_is_refused_with_a_chinese_problem_and_leaves_the_plan_unchanged() {
        int year = data.reportYear() - 4;
        int plansBefore = api("reviewer").get(BASE).json().size();
        Api.Response untitled = api("reviewer").postJson(BASE, """
                {"year":%d,"orgUnitId":%d}""".formatted(year, data.sanxing().id()));
        Api.Response unreadable = api("reviewer").postJson(BASE, "{\"year\":");
        assertThat(untitled.status()).isEqualTo(422);
        assertThat(untitled.contentType()).startsWith("application/problem+json");
        assertThat(untitled.json().get("detail").asString()).containsPattern("\\p{IsHan}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(api("reviewer").get(BASE).json()).hasSize(plansBefore);

        long plan = plan(year);
        String tasks = BASE + "/" + plan + "/tasks";
        Api.Response otherTown = api("leader").postJson(tasks, """
                {"title":"任务","departmentId":%d,"dueOn":"%d-06-30"}""".formatted(
                data.unit(data.secondTown(), "司法所").id(), year));
        Api.Response wrongYear = api("leader").postJson(tasks, """
                {"title":"任务","departmentId":%d,"dueOn":"%d-01-15"}""".formatted(department("司法所"), year + 1));
        Api.Response noSuchDay = api("leader").postJson(tasks, """
                {"title":"任务","departmentId":%d,"dueOn":"%d-02-30"}""".formatted(department("司法所"), year));
        assertThat(otherTown.status()).isEqualTo(422);
        assertThat(otherTown.json().get("detail").asString()).contains("镇属部门");
        assertThat(wrongYear.status()).isEqualTo(422);
        assertThat(wrongYear.json().get("detail").asString()).contains("完成期限须在" + year + "年内");
        assertThat(noSuchDay.status()).isEqualTo(422);

        long task = task(plan, "修订行政规范性文件清单（输入测试）", "司法所", LocalDate.of(year, 9, 30));
        String progress = tasks + "/" + task + "/progress";
        Api.Response beforeAdoption = api("reviewer").postJson(progress, """
                {"on":"%d-03-02","text":"进展","done":false}""".formatted(year));
        assertThat(beforeAdoption.status()).isEqualTo(422);
        assertThat(beforeAdoption.json().get("detail").asString()).contains("尚未通过");

        adopt(plan, LocalDate.of(year, 1, 8));
        Api.Response outsideLink = api("reviewer").postJson(progress, """
                {"on":"%d-03-02","text":"进展","done":true,"evidence":["https://example.com/x"]}""".formatted(year));
        Api.Response beforeStart = api("reviewer").postJson(progress, """
                {"on":"%d-01-02","text":"进展","done":true}""".formatted(year));
        Api.Response twice = api("leader").postJson(BASE + "/" + plan + "/adoption", """
                {"adoptedOn":"%d-01-09"}""".formatted(year));
        assertThat(outsideLink.status()).isEqualTo(422);
        assertThat(outsideLink.json().get("detail").asString()).contains("平台内页面");
        assertThat(beforeStart.status()).isEqualTo(422);
        assertThat(twice.status()).isEqualTo(422);

        JsonNode after = api("reviewer").get(BASE + "/" + plan).json();
        assertThat(after.get("tasks")).hasSize(1);
        assertThat(after.get("adoptedOn").asString()).isEqualTo(year + "-01-08");
        assertThat(after.get("tasks").get(0).get("progress")).isEmpty();
        assertThat(after.get("tasks").get(0).get("state").asString()).isNotEqualTo("DONE");
    }
}
