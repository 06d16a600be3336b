package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.disclosure.internal.AnnualReportService;
import org.fazhi.disclosure.internal.ReviewCase;
import org.fazhi.disclosure.internal.ReviewCaseService;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.RuleViolation;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconsideration and litigation cases about disclosure (table 四): recorded, then concluded with their result, by
 * service and by page. Cases are filed in 2022, a year only these tests count in table 四.
 */
class ReviewCasesTest extends IntegrationTest {

    @Autowired
    ReviewCaseService reviews;

    @Autowired
    AnnualReportService reports;

    @Autowired
    RunAs runAs;

    private ReviewCase pending(String number) {
        return runAs.as("clerk", () -> reviews.record("RECONSIDERATION", number, null, "2022-03-01", "PENDING", null,
                "不服不予公开答复（测试）"));
    }

    private long table4Cell(String column) {
        AnnualReportService.Table t = runAs.as("clerk", () -> reports.report(2022, data.sanxing().id())).table4();
        return t.rows().get(0).values().get(t.columns().indexOf(column)).longValue();
    }

    @Test
    void a_pending_case_concluded_in_the_year_moves_from_pending_to_its_result_in_table_four() {
        long pendingBefore = table4Cell("行政复议·尚未审结");
        long correctedBefore = table4Cell("行政复议·结果纠正");
        ReviewCase c = pending("海门区政府复议〔2022〕测试1号");
        assertThat(table4Cell("行政复议·尚未审结")).isEqualTo(pendingBefore + 1);

        ReviewCase done = runAs.as("clerk", () -> reviews.conclude(c.getId(), "CORRECTED", "2022-09-01"));

        assertThat(done.result()).isEqualTo(ReviewCase.Result.CORRECTED);
        assertThat(done.concludedOn()).hasToString("2022-09-01");
        assertThat(table4Cell("行政复议·尚未审结")).isEqualTo(pendingBefore);
        assertThat(table4Cell("行政复议·结果纠正")).isEqualTo(correctedBefore + 1);
    }

    @Test
    void a_conclusion_before_the_filing_date_or_a_result_without_date_is_refused_and_changes_nothing() {
        ReviewCase c = pending("海门区政府复议〔2022〕测试2号");

        assertThatThrownBy(() -> runAs.as("clerk", () -> reviews.conclude(c.getId(), "UPHELD", "2022-02-01")))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("disclosure.review.concludedRange");
        assertThatThrownBy(() -> runAs.as("clerk", () -> reviews.conclude(c.getId(), "UPHELD", null)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("error.field.required");
        ReviewCase unchanged = runAs.as("clerk", () -> reviews.all()).stream()
                .filter(x -> x.getId().equals(c.getId())).findFirst().orElseThrow();
        assertThat(unchanged.result()).isEqualTo(ReviewCase.Result.PENDING);
        assertThat(unchanged.concludedOn()).isNull();
    }

    @Test
    void the_clerk_records_a_case_and_its_result_by_page() {
        StaffSession clerk = StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "LITIGATION_DIRECT");
        form.put("caseNumber", "（2022）苏0684行初页面测试号");
        form.put("filedOn", "2022-05-10");
        form.put("result", "PENDING");
        form.put("concludedOn", "");
        form.put("applicationId", "");
        form.put("summary", "起诉要求公开（页面测试）");

        assertThat(clerk.postForm("/disclosure/review-cases", form).statusCode()).isEqualTo(302);
        String list = clerk.get("/disclosure/review-cases").body();
        assertThat(list).contains("案件已登记", "（2022）苏0684行初页面测试号", "行政诉讼（未经复议直接起诉）", "尚未审结");

        long id = runAs.as("clerk", () -> reviews.all()).stream()
                .filter(c -> c.caseNumber().equals("（2022）苏0684行初页面测试号")).findFirst().orElseThrow().getId();
        HttpResponse<String> refused = clerk.postForm("/disclosure/review-cases/" + id + "/conclusion",
                Map.of("result", "OTHER", "concludedOn", "2022-01-01"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("审结日期应在立案日期 2022-05-10 与今天");
        assertThat(clerk.postForm("/disclosure/review-cases/" + id + "/conclusion",
                Map.of("result", "OTHER", "concludedOn", "2022-11-30")).statusCode()).isEqualTo(302);
        assertThat(clerk.get("/disclosure/review-cases").body()).contains("案件结果已保存", "2022-11-30", "其他结果");
    }

    @Test
    void a_refused_record_form_shows_the_chinese_messages_keeps_what_was_typed_and_records_nothing() {
        StaffSession clerk = StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
        int before = runAs.as("clerk", () -> reviews.all()).size();

        HttpResponse<String> r = clerk.postForm("/disclosure/review-cases", Map.of("kind", "RECONSIDERATION",
                "caseNumber", "", "filedOn", "2022-13-01", "result", "UPHELD", "applicationId", "abc",
                "summary", "保留的案情（拒绝测试）"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("未保存，请按提示修改标出的内容。", "“abc”不是有效的数字。", "保留的案情（拒绝测试）");
        HttpResponse<String> missing = clerk.postForm("/disclosure/review-cases", Map.of("kind", "RECONSIDERATION",
                "caseNumber", "", "filedOn", "2022-13-01", "result", "UPHELD"));
        assertThat(missing.body()).contains("此项为必填项。", "“2022-13-01”不是有效日期");
        HttpResponse<String> unknown = clerk.postForm("/disclosure/review-cases", Map.of("kind", "RECONSIDERATION",
                "caseNumber", "海门区政府复议〔2022〕不存在申请号", "filedOn", "2022-03-01", "result", "PENDING",
                "applicationId", "987654321"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("关联的申请不存在。");
        assertThat(runAs.as("clerk", () -> reviews.all())).hasSize(before);
    }

    @Test
    void the_leader_reads_the_cases_without_forms_and_the_second_town_sees_none_of_sanxings() {
        String leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD).get("/disclosure/review-cases").body();
        assertThat(leader).contains("review-table", "海门区政府复议〔").doesNotContain("record-form", "conclude-");

        StaffSession t2 = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD);
        assertThat(t2.get("/disclosure/review-cases").body()).doesNotContain("海门区政府复议〔", "苏0684行初");
        long sanxingCase = pending("海门区政府复议〔2022〕测试3号").getId();
        assertThat(t2.postForm("/disclosure/review-cases/" + sanxingCase + "/conclusion",
                Map.of("result", "UPHELD", "concludedOn", "2022-06-01")).statusCode()).isEqualTo(404);
    }

    @Test
    void a_role_without_disclosure_read_is_denied_the_cases() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        assertThat(officer.get("/disclosure/review-cases").statusCode()).isEqualTo(403);
        assertThat(List.of(officer.postForm("/disclosure/review-cases", Map.of("kind", "RECONSIDERATION"))
                .statusCode())).containsExactly(403);
    }
}
