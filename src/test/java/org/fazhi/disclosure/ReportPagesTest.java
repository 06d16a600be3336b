package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/**
 * The annual disclosure report page: the national form's tables, the consistency rule, the sections staff write. Edits
 * go to 2022, a year no other test or demo record uses.
 */
class ReportPagesTest extends IntegrationTest {

    static final int THIS_YEAR = LocalDate.now(FazhiApplication.ZONE).getYear();

    private String reportPath(int year) {
        return "/disclosure/annual-report?year=" + year + "&orgUnit=" + data.sanxing().id();
    }

    @Test
    void the_leader_reads_table_three_with_its_labels_and_the_consistency_result() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        HttpResponse<String> r = leader.get("/disclosure/annual-report");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("三星镇人民政府" + THIS_YEAR + "年政府信息公开工作年度报告")
                .contains("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                        "（一）予以公开", "1.属于国家秘密", "3.危及“三安全一稳定”", "（七）总计", "四、结转下年度继续办理")
                .contains("自然人", "法人或其他组织", "商业企业", "法律服务机构", "总计")
                .contains("id=\"consistency\"", "勾稽关系正确", "consistency-row")
                .contains("行政许可", "手工填报", "结果维持", "尚未审结")
                .contains("报送期限：" + (THIS_YEAR + 1) + "-01-31")
                .doesNotContain("report-text-form");
    }

    @Test
    void the_leader_downloads_the_report_as_docx() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);
        String page = leader.get("/disclosure/annual-report").body();
        assertThat(page).contains("/api/v1/disclosure/annual-report/" + THIS_YEAR + "/docx?orgUnit="
                + data.sanxing().id());

        HttpResponse<String> docx = leader.get("/api/v1/disclosure/annual-report/" + THIS_YEAR + "/docx?orgUnit="
                + data.sanxing().id());

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(docx.body()).startsWith("PK");
    }

    @Test
    void the_clerk_writes_section_five_and_the_hand_entered_figures() {
        StaffSession clerk = StaffSession.signIn(baseUrl(), "clerk", PASSWORD);

        HttpResponse<String> saved = clerk.postForm("/disclosure/annual-report/text?year=2022&orgUnit="
                + data.sanxing().id(), Map.of("overview", "2022年总体情况（页面测试）", "problems",
                "2022年存在的问题：政策解读不够（页面测试）", "otherMatters", "", "licenceDecisions", "12",
                "feeIncomeWan", "1.5"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String page = clerk.get(reportPath(2022)).body();
        assertThat(page).contains("年度报告已保存", "2022年存在的问题：政策解读不够（页面测试）", ">12<", ">1.5<",
                "report-text-form");
    }

    @Test
    void a_refused_report_form_shows_the_chinese_message_keeps_the_text_and_changes_nothing() {
        StaffSession clerk = StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
        String before = clerk.get(reportPath(2022)).body();

        HttpResponse<String> r = clerk.postForm("/disclosure/annual-report/text?year=2022&orgUnit="
                + data.sanxing().id(), Map.of("overview", "", "problems", "被拒绝的问题文字（页面测试）",
                "otherMatters", "", "licenceDecisions", "十二", "feeIncomeWan", ""));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("未保存，请按提示修改标出的内容。", "“十二”不是有效的数字。", "被拒绝的问题文字（页面测试）");
        HttpResponse<String> negative = clerk.postForm("/disclosure/annual-report/text?year=2022&orgUnit="
                + data.sanxing().id(), Map.of("problems", "负数（页面测试）", "licenceDecisions", "-1"));
        assertThat(negative.body()).contains("数值应在 0 至 1000000 之间。");
        assertThat(clerk.get(reportPath(2022)).body()).doesNotContain("被拒绝的问题文字", "负数（页面测试）")
                .contains(section5(before));
    }

    /** The text of section 五 on a report page. */
    private static String section5(String page) {
        int i = page.indexOf("id=\"section-5-text\"");
        return page.substring(page.indexOf('>', i) + 1, page.indexOf("</p>", i));
    }

    @Test
    void the_second_towns_clerk_sees_the_own_report_and_not_sanxings() {
        StaffSession t2 = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD);

        assertThat(t2.get("/disclosure/annual-report").body()).contains("示例镇人民政府").doesNotContain("三星镇");
        assertThat(t2.get(reportPath(THIS_YEAR)).statusCode()).isEqualTo(403);
        assertThat(t2.postForm("/disclosure/annual-report/text?year=2022&orgUnit=" + data.sanxing().id(),
                Map.of("problems", "他镇改写")).statusCode()).isEqualTo(403);
    }

    @Test
    void a_role_without_disclosure_read_is_denied_the_report() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        assertThat(officer.get("/disclosure/annual-report").statusCode()).isEqualTo(403);
    }
}
