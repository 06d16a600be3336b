package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.FazhiApplication;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;

/** 主动公开目录 in the staff console, as the clerk, the leader and the second town reach it. */
class CataloguePagesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(FazhiApplication.ZONE);

    private StaffSession clerk() {
        return StaffSession.signIn(baseUrl(), "clerk", PASSWORD);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> item(String category, String title, String formedOn) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", category);
        f.put("title", title);
        f.put("docNumber", "");
        f.put("body", "正文：" + title);
        f.put("formedOn", formedOn);
        f.put("publishedOn", "");
        return f;
    }

    /** Forms an item through the page; answers its id. */
    private long create(StaffSession s, Map<String, String> form) {
        HttpResponse<String> r = s.postForm("/disclosure/items", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void the_clerk_lists_the_catalogue_with_the_publication_clock_of_unpublished_items() {
        String page = clerk().get("/disclosure/items?state=UNPUBLISHED&q=" + q("征收补偿")).body();

        // formed so that its 20 working days ended three working days ago, within this month
        assertThat(page).contains("item-table", "三星镇集体土地征收补偿安置方案", "fz-badge-" + data.demoOverdueStatus(3),
                        "共 1 条")
                .doesNotContain("三星镇最低生活保障对象名单公示");
    }

    @Test
    void the_list_filters_by_category_and_says_what_to_do_when_nothing_matches() {
        StaffSession clerk = clerk();

        String normative = clerk.get("/disclosure/items?category=NORMATIVE_DOCUMENT").body();
        assertThat(normative).contains("三星镇农村人居环境长效管护办法", "三星镇村级财务管理暂行规定", "已废止")
                .doesNotContain("三星镇宅基地使用审核结果公示");
        String none = clerk.get("/disclosure/items?q=" + q("没有这样的标题")).body();
        assertThat(none).contains("item-empty", "共 0 条", "新增信息");
    }

    @Test
    void the_clerk_forms_edits_and_publishes_an_item_and_the_history_shows_each_step() {
        StaffSession clerk = clerk();
        long id = create(clerk, item("PLANNING", "三星镇国土空间规划（页面测试）", TODAY.minusDays(3).toString()));

        String detail = clerk.get("/disclosure/items/" + id).body();
        assertThat(detail).contains("三星镇国土空间规划（页面测试）", "未公开", "item-clock", "publish-form")
                .contains("第26条").doesNotContain("repeal-form");

        Map<String, String> edit = item("PLANNING", "三星镇国土空间规划（已更正）", TODAY.minusDays(2).toString());
        edit.remove("publishedOn");
        HttpResponse<String> saved = clerk.postForm("/disclosure/items/" + id, edit);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(clerk.get("/disclosure/items/" + id).body()).contains("三星镇国土空间规划（已更正）",
                TODAY.minusDays(2).toString(), "信息已保存");

        HttpResponse<String> published = clerk.postForm("/disclosure/items/" + id + "/publish",
                Map.of("publishedOn", TODAY.toString()));
        assertThat(published.statusCode()).isEqualTo(302);
        String after = clerk.get("/disclosure/items/" + id).body();
        assertThat(after).contains("已公开", "信息已公开").doesNotContain("publish-form")
                .contains("形成政府信息", "修改政府信息", "主动公开")
                .doesNotContain("DISCLOSURE_ITEM_FORMED", "DISCLOSURE_ITEM_EDITED", "DISCLOSURE_ITEM_PUBLISHED");
    }

    @Test
    void a_normative_document_is_repealed_from_its_page() {
        StaffSession clerk = clerk();
        long id = create(clerk, item("NORMATIVE_DOCUMENT", "三星镇临时规定（废止测试）", TODAY.minusDays(10).toString()));

        assertThat(clerk.get("/disclosure/items/" + id).body()).contains("repeal-form", "现行有效");
        clerk.postForm("/disclosure/items/" + id + "/repeal", Map.of("repealedOn", TODAY.toString()));

        assertThat(clerk.get("/disclosure/items/" + id).body()).contains("文件已废止", "已废止")
                .doesNotContain("repeal-form");
    }

    @Test
    void a_refused_form_shows_the_chinese_message_keeps_what_was_typed_and_records_nothing() {
        StaffSession clerk = clerk();
        Map<String, String> form = item("PLANNING", "", "2026-02-30");
        form.put("body", "保留的正文（拒绝测试）");

        HttpResponse<String> r = clerk.postForm("/disclosure/items", form);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("未保存，请按提示修改标出的内容。", "此项为必填项。", "“2026-02-30”不是有效日期",
                "保留的正文（拒绝测试）", "title-error");
        assertThat(clerk.get("/disclosure/items?q=" + q("保留的正文（拒绝测试）")).body()).contains("共 0 条");
    }

    @Test
    void a_refused_publication_date_is_shown_and_changes_nothing() {
        StaffSession clerk = clerk();
        long id = create(clerk, item("PLANNING", "三星镇规划（公开日期错误）", TODAY.minusDays(2).toString()));

        HttpResponse<String> r = clerk.postForm("/disclosure/items/" + id + "/publish",
                Map.of("publishedOn", TODAY.minusDays(5).toString()));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("公开日期不能早于信息形成日期", "publish-form", "is-invalid",
                "value=\"" + TODAY.minusDays(5) + "\"");
        assertThat(clerk.get("/disclosure/items/" + id).body()).contains("未公开");
    }

    @Test
    void the_leader_reads_the_catalogue_but_may_not_change_it() {
        StaffSession leader = StaffSession.signIn(baseUrl(), "leader", PASSWORD);

        String list = leader.get("/disclosure/items?q=" + q("管护办法")).body();
        assertThat(list).contains("三星镇农村人居环境长效管护办法").doesNotContain("id=\"new-item\"");
        assertThat(leader.get("/disclosure/items/new").statusCode()).isEqualTo(403);
        assertThat(leader.postForm("/disclosure/items", item("PLANNING", "领导不能新增", TODAY.toString()))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void the_second_towns_clerk_sees_none_of_sanxings_items() {
        StaffSession clerk = clerk();
        long id = create(clerk, item("PLANNING", "三星镇规划（他镇不可见）", TODAY.minusDays(1).toString()));
        StaffSession t2 = StaffSession.signIn(baseUrl(), "t2-clerk", PASSWORD);

        assertThat(t2.get("/disclosure/items").body()).contains("示例镇" + data.demo().currentYear() + "年财政预算公开")
                .doesNotContain("三星镇");
        assertThat(t2.get("/disclosure/items/" + id).statusCode()).isEqualTo(404);
        assertThat(t2.postForm("/disclosure/items/" + id + "/publish", Map.of("publishedOn", TODAY.toString()))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_role_without_disclosure_read_is_denied_and_has_no_menu_entry() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);

        assertThat(officer.get("/disclosure/items").statusCode()).isEqualTo(403);
        assertThat(officer.get("/dashboard").body()).doesNotContain("/disclosure/items");
        assertThat(clerk().get("/dashboard").body()).contains("href=\"/disclosure/items\"", "主动公开目录");
    }
}
