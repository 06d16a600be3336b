package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fazhi.FazhiApplication;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A penalty case through the API as the officers, the leader and the reviewer; refusals; scope; figures. */
class PenaltyCaseFlowTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";
    private final LocalDate today = LocalDate.now(FazhiApplication.ZONE);

    private long officerId(String name) {
        for (JsonNode n : api("reviewer").get("/api/v1/officers").json()) {
            if (n.get("name").asString().equals(name)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }

    private String team() {
        return "[" + officerId("执法人员甲（示例）") + "," + officerId("执法人员乙（示例）") + "]";
    }

    private long file(String title, LocalDate filedOn) {
        return file(title, filedOn, "");
    }

    private long file(String title, LocalDate filedOn, String moreJson) {
        Api.Response r = api("officer1").postJson(CASES, "{" + moreJson + "\"procedure\":\"ORDINARY\",\"title\":\"" + title
                + "\",\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"李四（测试）\",\"partyIdNumber\":\"320604199202021234\","
                + "\"violation\":\"在示例路占道摆摊\",\"legalBasis\":\"《城市市容和环境卫生管理条例》第三十六条\",\"filedOn\":\""
                + filedOn + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Api.Response step(String user, long id, String step, String json) {
        return api(user).postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    private void sign(long id, String stage, String on, String... users) {
        for (String u : users) {
            Api.Response r = api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private static String docxText(byte[] docx) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String state(long id) {
        return api("leader").get(CASES + "/" + id).json().get("caseInfo").get("state").asString();
    }

    @Test
    void an_ordinary_case_goes_from_filing_to_closure_with_every_refusal_named_in_chinese() {
        LocalDate d = today.minusDays(30);
        long id = file("流程测试占道经营案", d);

        Api.Response early = step("officer1", id, "INVESTIGATE", "{\"on\":\"" + d.plusDays(1) + "\",\"officerIds\":" + team() + "}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("调查取证", "立案审批");
        assertThat(state(id)).isEqualTo("FILED");

        sign(id, "FILING", d.toString(), "officer1", "leader");
        assertThat(step("officer1", id, "INVESTIGATE", "{\"on\":\"" + d.plusDays(1) + "\",\"officerIds\":" + team() + "}")
                .status()).isEqualTo(200);
        assertThat(api("officer1").postJson(CASES + "/" + id + "/proposal",
                "{\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":1500}").status()).isEqualTo(200);
        sign(id, "PROPOSAL", d.plusDays(2).toString(), "officer1", "leader");
        LocalDate notified = d.plusDays(3);
        Api.Response notify = step("officer1", id, "NOTIFY", "{\"on\":\"" + notified + "\",\"officerIds\":" + team() + "}");
        assertThat(notify.status()).as(notify.body()).isEqualTo(200);

        Api.Response tooEarly = step("officer1", id, "DECIDE", "{\"on\":\"" + notified.plusDays(1)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1500}");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("detail").asString()).contains("不能办理“作出决定”", "陈述申辩");
        assertThat(state(id)).isEqualTo("NOTIFIED");

        assertThat(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"" + notified.plusDays(1)
                + "\",\"note\":\"当事人书面放弃陈述申辩\"}").status()).isEqualTo(200);
        assertThat(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"" + notified.plusDays(1) + "\"}").status())
                .isEqualTo(200);
        Api.Response byOfficer = step("officer1", id, "REVIEW", "{\"on\":\"" + notified.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"同意\",\"counselOpinion\":\"同意\"}");
        assertThat(byOfficer.status()).isEqualTo(403);
        Api.Response review = step("reviewer", id, "REVIEW", "{\"on\":\"" + notified.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"事实清楚，证据确凿\",\"counselOpinion\":\"同意审核意见\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(200);

        Api.Response unsigned = step("officer1", id, "DECIDE", "{\"on\":\"" + notified.plusDays(3)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1500}");
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.json().get("detail").asString()).contains("处罚决定审批");
        sign(id, "DECISION", notified.plusDays(3).toString(), "officer1", "leader", "leader", "leader");
        Api.Response decided = step("officer1", id, "DECIDE", "{\"on\":\"" + notified.plusDays(3)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"WARNING\",\"FINE\"],\"fine\":1500}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("decisionNumber").asString()).matches("海三星罚决字〔\\d{4}〕第\\d+号");

        Api.Response serve = step("officer1", id, "SERVE", "{\"on\":\"" + notified.plusDays(4) + "\",\"officerIds\":"
                + team() + ",\"method\":\"直接送达\"}");
        assertThat(serve.status()).as(serve.body()).isEqualTo(200);
        Api.Response pay = step("officer1", id, "PAY", "{\"on\":\"" + notified.plusDays(5) + "\",\"amount\":1500}");
        assertThat(pay.status()).as(pay.body()).isEqualTo(200);
        assertThat(step("officer1", id, "CLOSE", "{\"on\":\"" + notified.plusDays(6) + "\"}").status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("CLOSED");

        JsonNode detail = api("leader").get(CASES + "/" + id).json();
        Set<String> clocks = new HashSet<>();
        detail.get("clocks").forEach(c -> clocks.add(c.get("basis").asString() + ":" + c.get("status").asString()));
        assertThat(clocks).contains("《行政处罚法》第60条:MET", "《行政处罚法》第61条、第85条:MET", "《行政处罚法》第67条:MET");
        // the history names each changed value of the case, also those kept in its parts (the decision, the payment)
        String history = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/enforcement/cases/" + id).body();
        assertThat(history).contains("处罚决定 · 决定书文号", "缴款 · 缴款日期")
                .doesNotContain("org.fazhi.enforcement", "decision.number", "payment.paidOn");
    }

    @Test
    void a_complex_case_is_discussed_collectively_before_the_decision_even_when_nobody_ticked_it_at_filing() {
        // given a case filed as complex (《行政处罚法》第57条第2款), the box for collective discussion left unticked
        LocalDate d = today.minusDays(20);
        long id = file("复杂情节集体讨论测试案", d, "\"complexCase\":true,\"collective\":false,");
        sign(id, "FILING", d.toString(), "officer1", "leader");
        assertThat(step("officer1", id, "INVESTIGATE", "{\"on\":\"" + d.plusDays(1) + "\",\"officerIds\":" + team()
                + "}").status()).isEqualTo(200);
        assertThat(api("officer1").postJson(CASES + "/" + id + "/proposal",
                "{\"kinds\":[\"FINE\"],\"fine\":1000}").status()).isEqualTo(200);
        sign(id, "PROPOSAL", d.plusDays(2).toString(), "officer1", "leader");
        LocalDate notified = d.plusDays(3);
        assertThat(step("officer1", id, "NOTIFY", "{\"on\":\"" + notified + "\",\"officerIds\":" + team() + "}")
                .status()).isEqualTo(200);
        assertThat(step("officer1", id, "WAIVE_STATEMENT", "{\"on\":\"" + notified.plusDays(1)
                + "\",\"note\":\"当事人书面放弃陈述申辩\"}").status()).isEqualTo(200);
        assertThat(step("officer1", id, "SUBMIT_REVIEW", "{\"on\":\"" + notified.plusDays(1) + "\"}").status())
                .isEqualTo(200);

        // when the legal review passes, the case goes to the heads' collective discussion
        assertThat(step("reviewer", id, "REVIEW", "{\"on\":\"" + notified.plusDays(2)
                + "\",\"passed\":true,\"opinion\":\"事实清楚\",\"counselOpinion\":\"同意\"}").status()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("COLLECTIVE_DISCUSSION");

        // then no decision before the discussion, naming the article
        sign(id, "DECISION", notified.plusDays(3).toString(), "officer1", "leader", "leader", "leader");
        Api.Response early = step("officer1", id, "DECIDE", "{\"on\":\"" + notified.plusDays(3)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1000}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("集体讨论", "第57条");

        Api.Response discussed = step("leader", id, "DISCUSS", "{\"on\":\"" + notified.plusDays(3)
                + "\",\"note\":\"经集体讨论，同意给予罚款1000元\"}");
        assertThat(discussed.status()).as(discussed.body()).isEqualTo(200);
        Api.Response decided = step("officer1", id, "DECIDE", "{\"on\":\"" + notified.plusDays(3)
                + "\",\"outcome\":\"PENALTY\",\"kinds\":[\"FINE\"],\"fine\":1000}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    @Test
    void a_filing_without_a_title_or_dated_tomorrow_is_refused_naming_the_field() {
        String body = "\"procedure\":\"ORDINARY\",\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"李四（测试）\","
                + "\"partyIdNumber\":\"320604199202021234\","
                + "\"violation\":\"在示例路占道摆摊\",\"legalBasis\":\"《城市市容和环境卫生管理条例》第三十六条\"";
        long before = api("officer1").get(CASES + "?size=1").json().get("total").asLong();

        Api.Response untitled = api("officer1").postJson(CASES, "{" + body + ",\"title\":\"  \",\"filedOn\":\""
                + today + "\"}");
        Api.Response tomorrow = api("officer1").postJson(CASES, "{" + body + ",\"title\":\"日期测试案\",\"filedOn\":\""
                + today.plusDays(1) + "\"}");

        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("violations").get(0).get("field").asString()).isEqualTo("title");
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().get("violations").get(0).get("field").asString()).isEqualTo("filedOn");
        assertThat(tomorrow.json().get("violations").get(0).get("message").asString()).isEqualTo("立案日期不能晚于今天。");
        assertThat(api("officer1").get(CASES + "?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void the_filing_page_shows_a_refusal_next_to_its_field_and_keeps_what_was_typed() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        Map<String, String> form = new LinkedHashMap<>(Map.of("procedure", "ORDINARY", "title", " ",
                "partyType", "ORGANISATION", "partyName", "页面测试商贸有限公司", "violation", "在示例路占道经营",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "filedOn", today.toString(),
                "collective", "true"));

        String untitled = officer.postForm("/enforcement/cases", form).body();
        form.put("title", "页面测试占道经营案");
        form.put("filedOn", today.plusDays(1).toString());
        String tomorrow = officer.postForm("/enforcement/cases", form).body();

        assertThat(untitled).contains("id=\"title-error\"", "请填写案由", "页面测试商贸有限公司", "在示例路占道经营");
        assertThat(untitled).containsPattern("id=\"collective\"[^>]*checked");
        assertThat(tomorrow).contains("id=\"filedOn-error\"", "不能晚于今天", "value=\"页面测试占道经营案\"")
                .doesNotContain("id=\"title-error\"");
        assertThat(tomorrow).containsPattern("<option value=\"ORGANISATION\" selected");
    }

    @Test
    void an_officer_whose_certificate_was_cleared_cannot_be_put_on_an_investigation() {
        LocalDate d = today.minusDays(10);
        long id = file("证件测试案", d);
        sign(id, "FILING", d.toString(), "officer1", "leader");
        String withCleared = "[" + officerId("执法人员甲（示例）") + "," + officerId("瞿国强（示例）") + "]";

        Api.Response r = step("officer1", id, "INVESTIGATE", "{\"on\":\"" + d.plusDays(1) + "\",\"officerIds\":" + withCleared + "}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("瞿国强（示例）", "没有有效的行政执法证");
        assertThat(state(id)).isEqualTo("FILED");
    }

    @Test
    void the_demo_has_a_case_in_every_state() {
        Set<String> states = new HashSet<>();
        api("leader").get(CASES + "?size=200").json().get("items").forEach(c -> states.add(c.get("state").asString()));

        assertThat(states).contains("FILED", "INVESTIGATING", "NOTIFIED", "HEARING", "LEGAL_REVIEW",
                "COLLECTIVE_DISCUSSION", "DECIDED", "SERVED", "EXECUTED", "CLOSED");
    }

    @Test
    void the_second_town_sees_none_of_sanxings_cases_by_api_and_by_page() {
        JsonNode sanxing = api("officer1").get(CASES + "?size=1").json().get("items").get(0);
        long id = sanxing.get("id").asLong();

        JsonNode t2 = api("t2-officer1").get(CASES + "?size=200").json();
        t2.get("items").forEach(c -> assertThat(c.get("caseNumber").asString()).doesNotContain("三星"));
        assertThat(t2.get("total").asLong()).isPositive();
        assertThat(api("t2-officer1").get(CASES + "/" + id).status()).isEqualTo(404);
        assertThat(api("t2-officer1").get("/api/v1/enforcement/statistics?year=" + data.reportYear() + "&orgUnit="
                + data.sanxing().id()).status()).isEqualTo(403);
        StaffSession page = StaffSession.signIn(baseUrl(), "t2-officer1", PASSWORD);
        assertThat(page.get("/enforcement/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(page.get("/enforcement/cases").body()).doesNotContain(sanxing.get("caseNumber").asString());
    }

    @Test
    void a_village_user_sees_no_enforcement_case() {
        assertThat(api("village-mediator").get(CASES).status()).isEqualTo(403);
        assertThat(StaffSession.signIn(baseUrl(), "village-mediator", PASSWORD).get("/enforcement/cases").statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_statistics_of_the_demo_report_year_count_decisions_by_kind_and_fines_and_reviewed_cases() {
        JsonNode s = api("leader").get("/api/v1/enforcement/statistics?year=" + data.reportYear() + "&orgUnit="
                + data.sanxing().id()).json();

        for (String f : new String[] {"year", "orgUnitId", "casesFiled", "casesDecided", "penaltiesByKind", "fineTotal",
            "majorCases", "casesReviewed", "majorCasesReviewed", "collectivelyDiscussed", "publishedOnTime",
            "publishedLate", "withdrawn", "casesWithFullRecords"}) {
            assertThat(s.has(f)).as(f).isTrue();
        }
        assertThat(s.get("casesFiled").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(s.get("casesDecided").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(s.get("penaltiesByKind").get("罚款").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(s.get("penaltiesByKind").get("警告").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(s.get("casesReviewed").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(s.get("casesWithFullRecords").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_decision_document_and_the_evidence_manifest_come_from_the_record() {
        JsonNode closed = api("leader").get(CASES + "?state=CLOSED&q="
                + java.net.URLEncoder.encode("损坏市政设施", java.nio.charset.StandardCharsets.UTF_8)).json()
                .get("items").get(0);
        long id = closed.get("id").asLong();

        Api.Response doc = api("leader").get(CASES + "/" + id + "/documents/DECISION");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.bytes()[0]).isEqualTo((byte) 'P');
        String text = docxText(doc.bytes());
        assertThat(text).contains(closed.get("decisionNumber").asString(), "一、当事人", "三、行政处罚的种类和依据",
                "五、申请行政复议、提起行政诉讼的途径和期限");
        assertThat(docxText(api("leader").get(CASES + "/" + id + "/documents/DECISION").bytes())).isEqualTo(text);
        JsonNode evidence = api("leader").get(CASES + "/" + id + "/evidence").json();
        assertThat(evidence.size()).isPositive();
        assertThat(evidence.get(0).get("sha256").asString()).hasSize(64);
        JsonNode checks = api("leader").get(CASES + "/" + id + "/integrity").json();
        checks.forEach(c -> assertThat(c.get("intact").asBoolean()).isTrue());
        assertThat(api("leader").get(CASES + "/" + id + "/evidence/export").body()).contains("SHA-256", "调查取证");
    }

    @Test
    void an_officer_attaches_a_body_camera_record_to_a_step() {
        long id = api("officer1").get(CASES + "?state=FILED&size=1").json().get("items").get(0).get("id").asLong();
        long stepId = api("officer1").get(CASES + "/" + id).json().get("steps").get(0).get("id").asLong();

        Api.Response r = api("officer1").upload("/api/v1/files?ownerType=penalty-case-step&ownerId=" + stepId, "file",
                "执法记录仪.png", "image/png", Ledgers.PNG);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(api("t2-officer1").get("/api/v1/files?ownerType=penalty-case-step&ownerId=" + stepId).status())
                .isEqualTo(404);
    }

    @Test
    void the_dashboards_show_the_supervision_signals_and_the_leaders_counts() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        assertThat(reviewer.get("/dashboard/sections/enforcement-supervision").body())
                .contains("临近或超过办案期限的案件", "违规设置户外广告案（示例）");
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        assertThat(leader.get("/dashboard/sections/enforcement-counts").body()).contains("count-open");
    }

    @Test
    void the_case_page_shows_the_allowed_steps_and_why_others_are_not_allowed() {
        long id = api("officer1").get(CASES + "?state=NOTIFIED&size=1").json().get("items").get(0).get("id").asLong();
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        String body = officer.get("/enforcement/cases/" + id).body();

        assertThat(body).contains("作出决定", "记录放弃陈述申辩", "操作日志", "送达行政处罚事先告知书");
    }
}
