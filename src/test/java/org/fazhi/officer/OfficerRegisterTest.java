package org.fazhi.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.deadline.DeadlineEngine;
import org.fazhi.deadline.DeadlineStatus;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.ledger.Ledgers;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.RuleViolation;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The register of officers and certificates: 三星镇's reported figures (in the demo year before the first start), the
 * ledger, the public list, the scope.
 */
class OfficerRegisterTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/officers/certificates/import";
    private static final String HEADER = "姓名,身份证号,所属单位,执法证号,执法类别,业务类型,办理日期,有效期至";

    @Autowired
    CertificateRegister register;
    @Autowired
    RunAs runAs;
    @Autowired
    DeadlineEngine deadlines;

    private Api.Response importCsv(String user, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return api(user).upload(IMPORT, "file", "执法证.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines));
    }

    private JsonNode statistics(String user, int year, long unit) {
        Api.Response r = api(user).get("/api/v1/officers/statistics?year=" + year + "&orgUnit=" + unit);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<String> names(Api.Response r) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : r.json()) {
            out.add(n.get("name").asString());
        }
        return out;
    }

    private long officerIdOf(String user, String name) {
        for (JsonNode n : api(user).get("/api/v1/officers").json()) {
            if (n.get("name").asString().equals(name)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no officer " + name);
    }

    /** The demo's first certificate of 三星镇: 执法人员甲's, issued five years before the report year. */
    private String firstCertificate() {
        return TestData.certificate("320684", data.reportYear() - 5, 1);
    }

    @Test
    void the_demo_report_year_of_sanxing_shows_the_reported_11_applications_and_10_renewals() {
        int lastYear = data.reportYear();
        JsonNode s = statistics("reviewer", lastYear, data.sanxing().id());

        assertThat(s.get("year").asInt()).isEqualTo(lastYear);
        assertThat(s.get("orgUnitId").asLong()).isEqualTo(data.sanxing().id());
        assertThat(s.get("certificatesIssued").asLong()).isEqualTo(11);
        assertThat(s.get("certificatesRenewed").asLong()).isEqualTo(10);
        assertThat(s.get("validCertificates").asLong()).isGreaterThanOrEqualTo(21);
    }

    @Test
    void a_renewal_for_a_person_not_yet_registered_registers_them_and_counts_in_its_year() {
        long before = statistics("reviewer", 2023, data.sanxing().id()).get("certificatesRenewed").asLong();

        Api.Response r = importCsv("reviewer",
                "导入甲（示例）,320606199001010101,综合行政执法局,IMP-2023-001,综合行政执法,换证,2023-05-06,2028-05-05");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejected").size()).isZero();
        assertThat(names(api("reviewer").get("/api/v1/officers"))).contains("导入甲（示例）");
        assertThat(statistics("reviewer", 2023, data.sanxing().id()).get("certificatesRenewed").asLong())
                .isEqualTo(before + 1);
    }

    @Test
    void the_lifecycle_applied_from_the_ledger_ends_validity_on_the_cancellation_date() {
        Api.Response r = importCsv("reviewer",
                "导入乙（示例）,320603199001010102,三星镇综合行政执法局,IMP-2022-002,综合行政执法,申领,2022-01-10,2027-01-09",
                "导入乙（示例）,320603199001010102,三星镇综合行政执法局,IMP-2022-002,综合行政执法,注销,2025-06-30,");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        long id = officerIdOf("reviewer", "导入乙（示例）");
        boolean[] valid = new boolean[2];
        runAs.as("officer1", () -> {
            valid[0] = register.isValidOn(id, LocalDate.of(2025, 6, 29));
            valid[1] = register.isValidOn(id, LocalDate.of(2025, 6, 30));
        });
        assertThat(valid[0]).isTrue();
        assertThat(valid[1]).isFalse();
    }

    @Test
    void importing_the_same_ledger_twice_skips_the_rows_imported_before() {
        String row = "导入丙（示例）,320600199001010103,综合行政执法局,IMP-2021-003,综合行政执法,申领,2021-03-01,2026-02-28";
        importCsv("reviewer", row);

        Api.Response again = importCsv("reviewer", row);

        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void bad_rows_are_rejected_with_row_column_and_a_chinese_reason_and_nothing_of_them_is_written() {
        Api.Response r = importCsv("reviewer",
                "导入丁（示例）,320608199001010104,综合行政执法局,IMP-2024-004,综合行政执法,发证,2024-03-01,2029-02-28",
                "导入戊（示例）,320605199001010105,综合行政执法局,IMP-2024-005,综合行政执法,注销,2024-03-01,2029-02-28",
                "导入己（示例）,320602199001010106,综合行政执法局,NOT-THERE,综合行政执法,清理,2024-03-01,",
                "导入庚（示例）,12345,火星执法局,IMP-2024-007,综合行政执法,申领,2024-03-01,2029-02-28");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isZero();
        JsonNode rejected = r.json().get("rejected");
        List<String> reasons = new ArrayList<>();
        rejected.forEach(x -> reasons.add(x.get("row").asInt() + "|" + x.get("column").asString() + "|"
                + x.get("reason").asString()));
        assertThat(reasons).contains("2|业务类型|应为以下之一：申领、换证、注销、清理",
                "3|有效期至|注销不填写有效期至。",
                "4|执法证号|执法证号 NOT-THERE 未登记，无法办理。",
                "5|身份证号|居民身份证号码不正确（应为18位，出生日期真实存在，末位校验码相符）。",
                "5|所属单位|找不到所属单位“火星执法局”（须为本镇单位，名称唯一）。");
        assertThat(names(api("reviewer").get("/api/v1/officers")))
                .doesNotContain("导入丁（示例）", "导入戊（示例）", "导入己（示例）", "导入庚（示例）");
    }

    @Test
    void an_officer_may_not_import_the_certificate_ledger() {
        Api.Response r = importCsv("officer1",
                "导入辛（示例）,320607199001010108,综合行政执法局,IMP-2024-008,综合行政执法,申领,2024-03-01,2029-02-28");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void an_officer_whose_certificate_was_cleared_cannot_act_and_the_refusal_names_them() {
        long cleared = officerIdOf("reviewer", "瞿国强（示例）");
        long first = officerIdOf("reviewer", "执法人员甲（示例）");
        // cleared in early March of the report year
        int lastYear = data.reportYear();

        assertThatThrownBy(() -> runAs.as("officer1", () -> register.requireTwoValidOn(List.of(first, cleared),
                LocalDate.of(lastYear, 4, 1))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("officer.certificateInvalidOn"))
                .satisfies(e -> assertThat(((RuleViolation) e).args()[0]).isEqualTo("瞿国强（示例）"));
        List<OfficerSummary> before = runAs.as("officer1", () -> register.requireTwoValidOn(List.of(first, cleared),
                LocalDate.of(lastYear - 1, 12, 31)));
        assertThat(before).hasSize(2);
    }

    @Test
    void one_officer_alone_may_not_act() {
        long first = officerIdOf("reviewer", "执法人员甲（示例）");

        assertThatThrownBy(() -> runAs.as("officer1", () -> register.requireTwoValidOn(List.of(first, first),
                LocalDate.of(data.reportYear(), 4, 1))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("officer.twoRequired"));
    }

    @Test
    void a_certificate_expiring_within_90_days_shows_a_yellow_clock() {
        long soon = officerIdOf("reviewer", "范立军（示例）");
        JsonNode detail = api("reviewer").get("/api/v1/officers/" + soon).json();
        long certificateId = detail.get("certificates").get(0).get("id").asLong();

        List<DeadlineView> clocks = runAs.as("reviewer", () -> deadlines.ofSubject("officer.certificate",
                String.valueOf(certificateId)));

        assertThat(clocks).hasSize(1);
        assertThat(clocks.get(0).status()).isEqualTo(DeadlineStatus.DUE_SOON);
    }

    @Test
    void the_second_town_sees_none_of_sanxings_officers_by_api_and_by_page() {
        long sanxingOfficer = officerIdOf("reviewer", "执法人员甲（示例）");

        assertThat(names(api("t2-officer1").get("/api/v1/officers")))
                .contains("示例镇执法人员甲").doesNotContain("执法人员甲（示例）");
        assertThat(api("t2-officer1").get("/api/v1/officers/" + sanxingOfficer).status()).isEqualTo(404);
        assertThat(api("t2-officer1").get("/api/v1/officers/statistics?year=" + data.reportYear() + "&orgUnit="
                + data.sanxing().id())
                .status()).isEqualTo(403);
        var page = org.fazhi.support.StaffSession.signIn(baseUrl(), "t2-officer1", PASSWORD);
        assertThat(page.get("/officers").body()).contains("示例镇执法人员甲").doesNotContain("执法人员甲（示例）");
        assertThat(page.get("/officers/" + sanxingOfficer).statusCode()).isEqualTo(404);
    }

    @Test
    void the_portal_lists_officers_with_valid_certificates_without_personal_data() {
        Api.Response r = anonymous().get(data.portal(data.sanxing(), "officers"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("执法人员甲（示例）", firstCertificate(), "综合行政执法")
                .doesNotContain("瞿国强（示例）", "320603198001010001", "示例镇执法人员甲");
        Api.Response json = anonymous().get("/api/public/v1/officers?town=" + data.secondTown().id());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("示例镇执法人员甲").doesNotContain("idNumber", "username", "执法人员甲（示例）");
    }

    @Test
    void a_refused_registration_names_the_fields_and_writes_nothing() {
        Api.Response r = api("reviewer").postJson("/api/v1/officers",
                "{\"name\":\"\",\"idNumber\":\"123\",\"unitId\":" + data.secondTown().id() + ",\"category\":\"\"}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("violations").size()).isEqualTo(4);
        assertThat(r.body()).contains("居民身份证号码不正确（应为18位");
    }

    @Test
    void the_register_page_shows_the_officers_of_the_town_with_their_certificates() {
        var page = org.fazhi.support.StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);

        String body = page.get("/officers?validity=EXPIRING").body();

        assertThat(body).contains("范立军（示例）", "即将到期").doesNotContain("执法人员甲（示例）");
        assertThat(page.get("/officers/" + officerIdOf("reviewer", "执法人员甲（示例）")).body())
                .contains(firstCertificate(), "换证", "操作日志");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
