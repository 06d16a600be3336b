package org.fazhi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.internal.DisputeCommands.PublicRequest;
import org.fazhi.mediation.internal.DisputeService;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.RuleViolation;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A portal page belongs to one town: on the district's installation with 三星镇 and 示例镇, each town's portal lists,
 * searches, counts and offers only its own; the public API's lists name their town; the addresses from before the
 * portal was per town still lead somewhere sensible.
 */
class TownPortalTest extends IntegrationTest {

    @Autowired
    DisputeService disputes;

    private String portal(OrgUnitView town, String rest) {
        return data.portal(town, rest);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode decisions(OrgUnitView town, String query) {
        Api.Response r = anonymous().get("/api/public/v1/enforcement/decisions?town=" + town.id() + "&size=100&q="
                + q(query));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void each_towns_portal_lists_only_its_own_decisions() {
        assertThat(decisions(data.sanxing(), "海示例").get("total").asLong()).isZero();
        assertThat(decisions(data.secondTown(), "海示例").get("total").asLong()).isEqualTo(4);
        assertThat(decisions(data.secondTown(), "海三星").get("total").asLong()).isZero();

        String sanxingPage = anonymous().get(portal(data.sanxing(), "enforcement")).body();
        String secondPage = anonymous().get(portal(data.secondTown(), "enforcement")).body();
        assertThat(sanxingPage).contains("海三星综执罚决").doesNotContain("海示例综执罚决");
        assertThat(secondPage).contains("海示例综执罚决", "共 4 条公示").doesNotContain("海三星综执罚决");
    }

    @Test
    void each_towns_portal_lists_only_its_own_officers_and_catalogue() {
        String officers = anonymous().get(portal(data.secondTown(), "officers")).body();
        assertThat(officers).contains("示例镇执法人员甲").doesNotContain("执法人员甲（示例）");

        String catalogue = anonymous().get(portal(data.secondTown(), "disclosure")).body();
        assertThat(catalogue).contains("示例镇").doesNotContain("三星镇农村人居环境长效管护办法");
        JsonNode items = anonymous().get("/api/public/v1/disclosure/items?size=100&town=" + data.sanxing().id())
                .json();
        assertThat(items.get("items").toString()).contains("三星镇")
                .doesNotContain("示例镇" + data.demo().currentYear() + "年财政预算公开");
    }

    @Test
    void the_mediation_form_of_a_town_offers_its_villages_only_and_refuses_another_towns() {
        String form = anonymous().get(portal(data.secondTown(), "mediation/apply")).body();
        assertThat(form).contains("示例一村", "示例社区").doesNotContain("林西村");

        long linxi = data.unit(data.sanxing(), "林西村").id();
        PublicRequest elsewhere = new PublicRequest(linxi, DisputeCategory.NEIGHBOURHOOD, "跨镇申请人", "13900001111",
                null, "邻里纠纷");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataScope.asSystem(() ->
                        disputes.registerPublic(data.secondTown().id(), elsewhere)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("villageId");
    }

    @Test
    void a_public_list_without_its_town_is_refused_with_a_chinese_reason_where_there_are_several() {
        for (String path : new String[] {"/api/public/v1/enforcement/decisions", "/api/public/v1/officers",
            "/api/public/v1/disclosure/items"}) {
            Api.Response r = anonymous().get(path);

            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString()).contains("多个乡镇", "town");
            assertThat(r.json().get("violations").get(0).get("field").asString()).isEqualTo("town");
        }
        Api.Response unknown = anonymous().get("/api/public/v1/officers?town=" + data.district().id());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("没有编号为");
    }

    @Test
    void the_towns_are_listed_with_the_ids_the_public_api_takes() {
        JsonNode towns = anonymous().get("/api/public/v1/towns").json();

        assertThat(towns.toString()).contains("三星镇", "示例镇", "\"portal\":\"/portal/320684105\"",
                "\"id\":" + data.secondTown().id());
    }

    @Test
    void the_earlier_addresses_lead_to_the_district_front_page_where_there_are_several_towns() {
        Api.Response front = anonymous().get("/");
        assertThat(front.status()).isEqualTo(200);
        assertThat(front.body()).contains("town-picker", "三星镇", "示例镇", portal(data.sanxing(), ""),
                "fz-large-toggle", "lang-en");

        Api.Response earlier = anonymous().get("/portal/enforcement?q=" + q("罚款"));
        assertThat(earlier.status()).isEqualTo(303);
        assertThat(earlier.header("Location")).endsWith("/portal?next=enforcement");
        assertThat(anonymous().get("/portal?next=enforcement").body())
                .contains(portal(data.sanxing(), "enforcement"), portal(data.secondTown(), "enforcement"));

        Api.Response officers = anonymous().get("/portal/officers?town=" + data.secondTown().id());
        assertThat(officers.status()).isEqualTo(302);
        assertThat(officers.header("Location")).contains(portal(data.secondTown(), "officers"));

        assertThat(anonymous().get("/portal/no-such-town/enforcement").status()).isEqualTo(404);
    }

    @Test
    void an_earlier_catalogue_address_leads_to_the_item_on_its_towns_portal() {
        JsonNode item = anonymous().get("/api/public/v1/disclosure/items?size=1&town=" + data.secondTown().id())
                .json().get("items").get(0);
        long id = item.get("id").asLong();

        Api.Response r = anonymous().get("/portal/disclosure/items/" + id);

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith(portal(data.secondTown(), "disclosure/items/" + id));
        assertThat(anonymous().get(portal(data.sanxing(), "disclosure/items/" + id)).status()).isEqualTo(404);
    }

    @Test
    void the_home_search_counts_what_the_enforcement_search_finds_and_links_to_all_of_it() {
        String home = anonymous().get(portal(data.sanxing(), "search") + "?q=" + q("罚款")).body();
        String list = anonymous().get(portal(data.sanxing(), "enforcement") + "?q=" + q("罚款")).body();

        long inList = number(list, "共 (\\d+) 条公示");
        Matcher section = Pattern.compile("id=\"section-enforcement\"[\\s\\S]*?共 (\\d+) 条").matcher(home);
        assertThat(section.find()).isTrue();
        assertThat(Long.parseLong(section.group(1))).isEqualTo(inList).isGreaterThan(5);
        assertThat(home).contains(portal(data.sanxing(), "enforcement") + "?q=" + q("罚款"), "查看全部 " + inList + " 条");
    }

    /** The demo's twelfth published decision of its report year (the year before the first start). */
    private String twelfth() {
        return "海三星综执罚决〔" + data.reportYear() + "〕第12号";
    }

    /** The digits in full width, as a phone's Chinese keyboard may type them. */
    private static String fullWidth(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
        return b.toString();
    }

    @Test
    void a_decision_has_its_own_page_on_its_towns_portal_only() {
        JsonNode d = decisions(data.sanxing(), twelfth()).get("items").get(0);
        long id = d.get("id").asLong();

        Api.Response page = anonymous().get(portal(data.sanxing(), "enforcement/" + id));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(d.get("title").asString(), twelfth(), "三星镇人民政府",
                "print-decision", "行政复议").doesNotContainPattern("\\d{17}[\\dXx]");
        assertThat(anonymous().get(portal(data.secondTown(), "enforcement/" + id)).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/public/v1/enforcement/decisions/" + id).json().get("townId").asLong())
                .isEqualTo(data.sanxing().id());
    }

    @Test
    void a_case_number_is_found_however_a_citizen_types_it() {
        int year = data.reportYear();
        for (String typed : new String[] {twelfth(), "〔" + year + "〕12号", "[" + year + "]第12号", "(" + year + ")12",
            year + "-12", year + "年第12号", fullWidth(year + "－12"), fullWidth("［" + year + "］第12号"),
            "罚决[" + year + "]12号"}) {
            JsonNode found = decisions(data.sanxing(), typed);

            assertThat(found.get("total").asLong()).as(typed).isEqualTo(1);
            assertThat(found.get("items").get(0).get("decisionNumber").asString()).as(typed).isEqualTo(twelfth());
        }
        // the first, not the tenth to nineteenth
        assertThat(decisions(data.sanxing(), year + "-1").get("items")).isNotEmpty().allSatisfy(i -> assertThat(
                i.get("caseNumber").asString() + i.get("decisionNumber").asString())
                .containsPattern("〔" + year + "〕第?1号"));
        String page = anonymous().get(portal(data.sanxing(), "enforcement") + "?q=" + q(year + "-12")).body();
        assertThat(page).contains("共 1 条公示", twelfth());

        JsonNode doc = anonymous().get("/api/public/v1/disclosure/items?town=" + data.sanxing().id() + "&q="
                + q("[" + year + "]第1号")).json();
        assertThat(doc.get("items").toString()).contains("三政规〔" + year + "〕1号");
    }

    @Test
    void a_tracking_code_is_found_with_or_without_hyphens_in_any_letter_case() {
        Api.Response submitted = anonymous().postJson("/api/public/v1/disclosure/applications", """
                {"orgUnitId":%d,"applicantType":"NATURAL_PERSON","applicantName":"钱查询","idNumber":"320607198808081236",
                 "phone":"13912340000","content":"本镇2025年道路养护经费"}""".formatted(data.sanxing().id()));
        String code = submitted.json().get("trackingCode").asString();
        String typed = code.replace("-", "").toLowerCase(java.util.Locale.ROOT);

        assertThat(anonymous().get("/api/public/v1/disclosure/applications/" + typed).status()).isEqualTo(200);
        String page = anonymous().get(portal(data.sanxing(), "disclosure/track") + "?code=" + q(" " + typed + " "))
                .body();
        assertThat(page).contains("track-result", code).doesNotContain("钱查询", "13912340000");
        assertThat(anonymous().get(portal(data.secondTown(), "disclosure/track") + "?code=" + typed).body())
                .contains("track-not-found").doesNotContain("track-result");
    }

    private static long number(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1));
    }
}
