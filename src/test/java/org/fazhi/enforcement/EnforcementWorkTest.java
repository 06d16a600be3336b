package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.FazhiApplication;
import org.fazhi.deadline.OfficialCalendars;
import org.fazhi.deadline.WorkingCalendar;
import org.fazhi.enforcement.internal.PenaltyPeriods;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hearing notice clock, the settings pages, the XLSX exports and the evidence access log. */
class EnforcementWorkTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";
    private final LocalDate today = LocalDate.now(FazhiApplication.ZONE);
    private final WorkingCalendar cal = OfficialCalendars.shipped();

    private String team() {
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : api("reviewer").get("/api/v1/officers").json()) {
            String name = n.get("name").asString();
            if (name.equals("执法人员甲（示例）") || name.equals("执法人员乙（示例）")) {
                ids.add(n.get("id").asLong());
            }
        }
        return ids.toString();
    }

    private Api.Response step(long id, String step, String json) {
        return api("officer1").postJson(CASES + "/" + id + "/steps/" + step, json);
    }

    private void sign(long id, String stage, LocalDate on, String... users) {
        for (String u : users) {
            Api.Response r = api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"" + stage + "\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + on + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private JsonNode clock(long id, String title) {
        for (JsonNode c : api("officer1").get(CASES + "/" + id).json().get("clocks")) {
            if (c.get("title").asString().startsWith(title)) {
                return c;
            }
        }
        throw new AssertionError("no clock " + title);
    }

    @Test
    void the_hearing_notice_is_a_clock_due_7_working_days_before_the_hearing_and_met_when_served() {
        LocalDate d = cal.workingDayOnOrAfter(today.minusDays(80));
        Api.Response filed = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"听证通知测试违法建设案\","
                + "\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"周某某（测试）\",\"partyIdNumber\":\"320607198805051234\","
                + "\"violation\":\"未经许可搭建\","
                + "\"legalBasis\":\"《城乡规划法》第六十四条\",\"filedOn\":\"" + d + "\"}");
        long id = filed.json().get("id").asLong();
        sign(id, "FILING", d, "officer1", "leader");
        assertThat(step(id, "INVESTIGATE", "{\"on\":\"" + d + "\",\"officerIds\":" + team() + "}").status()).isEqualTo(200);
        api("officer1").postJson(CASES + "/" + id + "/proposal", "{\"kinds\":[\"FINE\"],\"fine\":50000}");
        sign(id, "PROPOSAL", d, "officer1", "leader");
        assertThat(step(id, "NOTIFY", "{\"on\":\"" + d + "\",\"officerIds\":" + team() + "}").status()).isEqualTo(200);
        LocalDate requested = cal.addWorkingDays(d, 2);
        assertThat(step(id, "REQUEST_HEARING", "{\"on\":\"" + requested + "\"}").status()).isEqualTo(200);
        LocalDate scheduled = cal.addWorkingDays(requested, 1);

        Api.Response tooSoon = step(id, "SCHEDULE_HEARING", "{\"on\":\"" + scheduled + "\",\"hearingOn\":\""
                + cal.addWorkingDays(scheduled, 6) + "\",\"note\":\"镇政府三楼会议室\"}");
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.json().get("detail").asString()).contains("七个工作日");

        LocalDate hearing = cal.addWorkingDays(scheduled, 12);
        assertThat(step(id, "SCHEDULE_HEARING", "{\"on\":\"" + scheduled + "\",\"hearingOn\":\"" + hearing
                + "\",\"note\":\"镇政府三楼会议室\"}").status()).isEqualTo(200);
        JsonNode notice = clock(id, "听证通知送达期限");
        assertThat(notice.get("dueDate").asString()).isEqualTo(PenaltyPeriods.latestHearingNotice(cal, hearing).toString());
        assertThat(notice.get("basis").asString()).isEqualTo("《行政处罚法》第64条、第85条");

        Api.Response early = step(id, "HOLD_HEARING", "{\"on\":\"" + hearing + "\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("听证通知书尚未送达");

        LocalDate served = cal.addWorkingDays(scheduled, 2);
        assertThat(step(id, "NOTIFY_HEARING", "{\"on\":\"" + served + "\",\"officerIds\":" + team() + "}").status())
                .isEqualTo(200);
        assertThat(clock(id, "听证通知送达期限").get("status").asString()).isEqualTo("MET");
        assertThat(step(id, "HOLD_HEARING", "{\"on\":\"" + hearing + "\"}").status()).isEqualTo(200);
    }

    @Test
    void the_system_administrator_of_the_second_town_sets_its_approval_chain_on_the_settings_page() {
        long town = data.secondTown().id();
        StaffSession admin = StaffSession.signIn(baseUrl(), "t2-admin", PASSWORD);
        assertThat(admin.get("/enforcement/settings").body()).contains("案件流转审批", "法制审核人员", "示例镇");

        var bad = admin.postForm("/enforcement/settings", Map.ofEntries(Map.entry("town", "" + town),
                Map.entry("reviewAllOrdinary", "true"), Map.entry("maxExtensionDays", "30"),
                Map.entry("statementWorkingDays", "5"), Map.entry("hearingFinePerson", "10000"),
                Map.entry("hearingFineOrg", "100000"), Map.entry("caseNumberTemplate", "示例罚立字"),
                Map.entry("decisionNumberTemplate", "示{town}罚决字〔{year}〕第{no}号")));
        assertThat(bad.body()).contains("文号模板须包含序号占位符 {no}");

        var ok = admin.postForm("/enforcement/settings", Map.ofEntries(Map.entry("town", "" + town),
                Map.entry("reviewAllOrdinary", "true"), Map.entry("maxExtensionDays", "30"),
                Map.entry("statementWorkingDays", "5"), Map.entry("hearingFinePerson", "10000"),
                Map.entry("hearingFineOrg", "100000"), Map.entry("caseNumberTemplate", "示{town}罚立字〔{year}〕第{no}号"),
                Map.entry("hearingConfiscationPerson", "5000"), Map.entry("hearingConfiscationOrg", "50000"),
                Map.entry("decisionNumberTemplate", "示{town}罚决字〔{year}〕第{no}号"),
                Map.entry("filingLabel", "承办人"), Map.entry("filingPermission", "ENFORCEMENT_WRITE"),
                Map.entry("decisionLabel", "主要领导"), Map.entry("decisionPermission", "CASE_APPROVE")));
        assertThat(ok.statusCode()).isIn(200, 302, 303);

        JsonNode s = api("t2-officer1").get("/api/v1/enforcement/settings?town=" + town).json();
        assertThat(s.get("filingChain").asString()).isEqualTo("承办人:ENFORCEMENT_WRITE");
        assertThat(s.get("proposalChain").asString()).isEmpty();
        assertThat(s.get("decisionChain").asString()).isEqualTo("主要领导:CASE_APPROVE");
        assertThat(s.get("caseNumberTemplate").asString()).isEqualTo("示{town}罚立字〔{year}〕第{no}号");
        assertThat(s.get("hearingConfiscationPerson").decimalValue()).isEqualByComparingTo("5000");
        assertThat(s.get("hearingConfiscationOrg").decimalValue()).isEqualByComparingTo("50000");
        assertThat(StaffSession.signIn(baseUrl(), "t2-officer1", PASSWORD).postForm("/enforcement/settings",
                Map.of("town", "" + town)).statusCode()).isEqualTo(403);
    }

    @Test
    void the_leader_registers_a_reviewers_qualification_on_the_settings_page() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        reviewer.postForm("/enforcement/settings/reviewers", Map.of("town", "" + data.sanxing().id(),
                "username", "counsel", "legalQualification", "true", "firstReviewOn", "2023-02-01"));

        String page = reviewer.get("/enforcement/settings").body();
        assertThat(page).contains("data-username=\"counsel\"", "2023-02-01");
        assertThat(StaffSession.signIn(baseUrl(), "officer1", PASSWORD).postForm("/enforcement/settings/reviewers",
                Map.of("town", "" + data.sanxing().id(), "username", "officer1", "legalQualification", "true"))
                .statusCode()).isEqualTo(403);
    }

    private static List<String> firstColumn(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                out.add(r.getCell(0).getStringCellValue() + "|" + (r.getCell(1) == null ? ""
                        : r.getCell(1).toString()));
            }
        }
        return out;
    }

    @Test
    void the_filtered_case_list_and_the_officer_list_export_as_xlsx_within_the_callers_scope() throws Exception {
        Api.Response cases = api("leader").get(CASES + "/export.xlsx?state=CLOSED");
        assertThat(cases.status()).isEqualTo(200);
        List<String> rows = firstColumn(cases.bytes());
        assertThat(rows.get(0)).startsWith("案号|案由");
        assertThat(String.join("\n", rows)).contains("损坏市政设施案（示例）").doesNotContain("占道经营案（示例）|");

        String t2 = String.join("\n", firstColumn(api("t2-officer1").get(CASES + "/export.xlsx").bytes()));
        assertThat(t2).contains("示例镇占道经营案（示例）").doesNotContain("三星");

        Api.Response officers = api("reviewer").get("/api/v1/officers/export.xlsx?validity=VALID");
        assertThat(officers.status()).isEqualTo(200);
        assertThat(String.join("\n", firstColumn(officers.bytes()))).contains("姓名|所属单位", "执法人员甲（示例）")
                .doesNotContain("示例镇执法人员甲");
    }

    @Test
    void viewing_a_file_of_a_case_is_recorded_in_the_evidence_manifest_and_the_second_town_gets_404() {
        long id = api("leader").get(CASES + "?state=CLOSED&q=" + java.net.URLEncoder.encode("损坏市政设施",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("items").get(0).get("id").asLong();
        JsonNode first = api("leader").get(CASES + "/" + id + "/evidence").json().get(0);
        long fileId = first.get("fileId").asLong();

        Api.Response viewed = api("leader").get(CASES + "/" + id + "/evidence/" + fileId + "/content?inline=true");
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.bytes()[1]).isEqualTo((byte) 'P');
        assertThat(api("counsel").get(CASES + "/" + id + "/evidence/" + fileId + "/content").status()).isEqualTo(200);
        assertThat(api("t2-officer1").get(CASES + "/" + id + "/evidence/" + fileId + "/content").status())
                .isEqualTo(404);

        JsonNode entry = api("reviewer").get(CASES + "/" + id + "/evidence").json().get(0);
        List<String> who = new ArrayList<>();
        entry.get("accesses").forEach(a -> who.add(a.get("viewer").asString() + ":" + a.get("kind").asString()));
        assertThat(who).contains("leader:VIEW", "counsel:DOWNLOAD").noneMatch(w -> w.startsWith("t2-"));
        assertThat(api("reviewer").get(CASES + "/" + id + "/evidence/export").body())
                .contains("查阅记录", "leader", "查看", "counsel", "下载");
    }

    @Test
    void a_case_record_downloaded_through_the_generic_file_endpoint_is_logged_in_the_evidence_manifest_too() {
        long id = api("leader").get(CASES + "?state=CLOSED&q=" + java.net.URLEncoder.encode("损坏市政设施",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("items").get(0).get("id").asLong();
        long fileId = api("leader").get(CASES + "/" + id + "/evidence").json().get(0).get("fileId").asLong();

        assertThat(api("leader").get("/api/v1/files/" + fileId + "/content").status()).isEqualTo(200);
        assertThat(api("t2-officer1").get("/api/v1/files/" + fileId + "/content").status()).isEqualTo(404);

        List<String> who = new ArrayList<>();
        api("reviewer").get(CASES + "/" + id + "/evidence").json().get(0).get("accesses")
                .forEach(a -> who.add(a.get("viewer").asString() + ":" + a.get("kind").asString()));
        assertThat(who).contains("leader:DOWNLOAD").noneMatch(w -> w.startsWith("t2-"));
    }

    @Test
    void a_village_user_and_the_second_town_cannot_reach_sanxings_settings_import_or_exports() {
        assertThat(api("village-mediator").get(CASES + "/export.xlsx").status()).isEqualTo(403);
        assertThat(StaffSession.signIn(baseUrl(), "village-mediator", PASSWORD).get("/enforcement/settings")
                .statusCode()).isEqualTo(403);
        assertThat(api("t2-officer1").get("/api/v1/enforcement/settings?town=" + data.sanxing().id()).status())
                .isEqualTo(403);
        assertThat(StaffSession.signIn(baseUrl(), "t2-officer1", PASSWORD).get("/enforcement/settings?town="
                + data.sanxing().id()).statusCode()).isEqualTo(403);
        assertThat(StaffSession.signIn(baseUrl(), "village-mediator", PASSWORD).get("/enforcement/decisions/import")
                .statusCode()).isEqualTo(403);
    }
}
