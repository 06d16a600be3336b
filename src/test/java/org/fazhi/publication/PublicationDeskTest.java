package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.internal.PublicationService;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Publication of enforcement decisions: redaction, the statutory clocks, withdrawal, and who sees what. */
class PublicationDeskTest extends IntegrationTest {

    @Autowired
    PublicationDesk desk;

    @Autowired
    PublicationService service;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    private OrgUnitView bureau() {
        return data.unit(data.sanxing(), "综合行政执法局");
    }

    private DecisionToPublish decision(String caseNo, String name, String idNumber, LocalDate decidedOn) {
        return new DecisionToPublish(bureau().id(), DecisionKind.PENALTY, caseNo, caseNo.replace("立", "决"),
                name + "占道经营案", PartyType.NATURAL_PERSON, name, idNumber, null, "13912345678", "三星镇林西村12组35号",
                List.of("李四海"), "当事人" + name + "（身份证号" + idNumber + "，电话13912345678）在三星镇林西村12组35号门前占道经营，"
                + "证人李四海在场。", "《江苏省城市市容和环境卫生管理条例》第五十二条", "罚款人民币500元",
                new BigDecimal("500"), decidedOn, null);
    }

    private long prepare(DecisionToPublish d) {
        return runAs.as("reviewer", () -> desk.prepare(d));
    }

    private JsonNode publicSearch(String q) {
        return anonymous().get("/api/public/v1/enforcement/decisions?town=" + data.sanxing().id() + "&q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).json();
    }

    @Test
    void a_penalty_decision_is_due_for_publication_seven_working_days_after_it_was_made() {
        // 2024-09-27 (Fri): 9/29 adjusted working day, 9/30, then 国庆 10/1–10/7, 10/8–10/11, 10/12 adjusted → 2024-10-12
        long id = prepare(decision("测试综执罚立〔2024〕第901号", "钱多多", "320684199001011234", LocalDate.of(2024, 9, 27)));

        JsonNode p = api("reviewer").get("/api/v1/publications/" + id).json();
        assertThat(p.get("publicationDueOn").asString()).isEqualTo("2024-10-12");
        assertThat(p.get("status").asString()).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void nothing_is_public_before_the_reviewer_confirms_the_redacted_text() {
        prepare(decision("测试综执罚立〔2026〕第902号", "孙悟净", "320684199001011234", LocalDate.of(2026, 11, 20)));

        assertThat(publicSearch("第902号").get("total").asLong()).isZero();
    }

    @Test
    void the_public_sees_the_confirmed_decision_with_the_name_masked_and_no_personal_data() {
        long id = prepare(decision("测试综执罚立〔2026〕第903号", "欧阳明月", "320684199001011234",
                LocalDate.of(2026, 11, 20)));

        Api.Response confirmed = api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");

        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode found = publicSearch("第903号");
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode item = found.get("items").get(0);
        assertThat(item.get("partyName").asString()).isEqualTo("欧阳某");
        assertThat(item.get("partyType").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(item.get("title").asString()).isEqualTo("欧阳某占道经营案");
        assertThat(item.get("fineAmount").isNumber()).isTrue();
        assertThat(item.get("decidedOn").asString()).isEqualTo("2026-11-20");
        assertThat(item.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(found.toString()).doesNotContain("欧阳明月", "320684199001011234", "13912345678", "林西村12组",
                "李四海");
    }

    @Test
    void searching_the_full_name_never_reveals_who_the_masked_party_is() {
        long id = prepare(decision("测试综执罚立〔2026〕第904号", "诸葛青云", "320684199001011234",
                LocalDate.of(2026, 11, 20)));
        api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");

        assertThat(publicSearch("诸葛青云").get("total").asLong()).isZero();
        assertThat(publicSearch("诸葛某").get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(publicSearch("占道").get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_decision_on_a_minor_is_never_published() {
        long id = prepare(decision("测试综执罚立〔2026〕第905号", "赵小小", "320684201005051234",
                LocalDate.of(2026, 11, 20)));

        JsonNode p = api("reviewer").get("/api/v1/publications/" + id).json();
        Api.Response confirm = api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");

        assertThat(p.get("status").asString()).isEqualTo("WITHHELD");
        assertThat(confirm.status()).isEqualTo(422);
        assertThat(publicSearch("第905号").get("total").asLong()).isZero();
    }

    @Test
    void a_revoked_decision_is_withdrawn_within_three_working_days_and_stays_as_a_stub_with_the_reason() {
        long id = prepare(decision("测试综执罚立〔2024〕第906号", "吴用", "320684199001011234",
                LocalDate.of(2024, 9, 2)));
        api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");

        // revoked Friday 2024-09-27: 9/29 (adjusted), 9/30, then 10/8 after 国庆
        JsonNode revoked = api("reviewer").postJson("/api/v1/publications/" + id + "/revoke",
                "{\"revokedOn\":\"2024-09-27\",\"reason\":\"经行政复议撤销原处罚决定\"}").json();
        assertThat(revoked.get("withdrawalDueOn").asString()).isEqualTo("2024-10-08");

        api("reviewer").postJson("/api/v1/publications/" + id + "/withdraw", "{}");
        JsonNode stub = publicSearch("第906号").get("items").get(0);
        assertThat(stub.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(stub.get("withdrawalReason").asString()).isEqualTo("经行政复议撤销原处罚决定");
        assertThat(stub.get("partyName").isNull()).isTrue();
        assertThat(stub.get("violation").isNull()).isTrue();
    }

    @Test
    void a_withdrawal_without_a_recorded_revocation_is_refused_and_changes_nothing() {
        long id = prepare(decision("测试综执罚立〔2026〕第907号", "林冲", "320684199001011234",
                LocalDate.of(2026, 11, 20)));
        api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");

        Api.Response r = api("reviewer").postJson("/api/v1/publications/" + id + "/withdraw", "{}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("先登记变更或撤销");
        assertThat(publicSearch("第907号").get("items").get(0).get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void an_officer_may_read_the_desk_but_only_the_reviewer_confirms() {
        long id = prepare(decision("测试综执罚立〔2026〕第908号", "宋江", "320684199001011234",
                LocalDate.of(2026, 11, 20)));

        assertThat(api("officer1").get("/api/v1/publications/" + id).status()).isEqualTo(200);
        assertThat(api("officer1").postJson("/api/v1/publications/" + id + "/confirm", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void the_second_town_sees_none_of_sanxings_unpublished_decisions() {
        long id = prepare(decision("测试综执罚立〔2026〕第909号", "卢俊义", "320684199001011234",
                LocalDate.of(2026, 11, 20)));

        assertThat(api("t2-officer1").get("/api/v1/publications/" + id).status()).isEqualTo(404);
        assertThat(api("t2-officer1").get("/api/v1/publications?q=第909号").json().get("total").asLong()).isZero();
        assertThat(api("t2-officer1").postJson("/api/v1/publications/" + id + "/confirm", "{}").status())
                .isIn(403, 404);
    }

    @Test
    void a_village_user_has_no_access_to_the_desk() {
        assertThat(api("village-mediator").get("/api/v1/publications").status()).isEqualTo(403);
    }

    private int takeDownOn(LocalDate today) {
        return org.fazhi.organization.scope.DataScope.asSystem(() -> new org.springframework.transaction.support
                .TransactionTemplate(transactionManager).execute(s -> service.takeDownExpired(today)));
    }

    @Test
    void a_publication_stays_public_through_the_last_day_of_its_period_and_comes_down_the_day_after() {
        // given a decision on a natural person published on 2022-03-01: two years counted from the day after
        long id = prepare(decision("测试综执罚立〔2022〕第910号", "阮小二", "320684199001011234",
                LocalDate.of(2022, 2, 25)));
        runAs.as("reviewer", () -> service.confirm(id));
        jdbc.update("update publication set published_on = ? where id = ?", LocalDate.of(2022, 3, 1), id);

        // on 2024-03-01, the last day of the period (民法典 arts. 201, 202), it is still public
        takeDownOn(LocalDate.of(2024, 3, 1));
        assertThat(api("reviewer").get("/api/v1/publications/" + id).json().get("status").asString())
                .isEqualTo("PUBLISHED");

        // the day after, it comes down
        int n = takeDownOn(LocalDate.of(2024, 3, 2));

        assertThat(n).isGreaterThanOrEqualTo(1);
        assertThat(api("reviewer").get("/api/v1/publications/" + id).json().get("status").asString())
                .isEqualTo("TAKEN_DOWN");
        assertThat(publicSearch("第910号").get("total").asLong()).isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void the_public_search_refuses_a_page_size_above_one_hundred_with_a_chinese_message() {
        Api.Response r = anonymous().get("/api/public/v1/enforcement/decisions?size=500&town="
                + data.sanxing().id());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("violations").get(0).get("message").asString()).contains("不能大于");
    }

    @Test
    void the_demo_report_year_is_published_with_one_withdrawn_and_its_figures_add_up() {
        JsonNode figures = api("leader").get("/api/v1/publications/statistics?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id()).json();

        assertThat(figures.get("publishedOnTime").asLong() + figures.get("publishedLate").asLong())
                .isGreaterThanOrEqualTo(30);
        assertThat(figures.get("withdrawn").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api("t2-clerk").get("/api/v1/publications/statistics?year=" + data.reportYear()
                + "&orgUnit=" + data.sanxing().id()).status()).isIn(403);
    }

    @Test
    void a_withdrawn_decision_is_found_by_its_stub_but_never_by_the_words_of_its_withdrawn_text() {
        long id = prepare(new DecisionToPublish(bureau().id(), DecisionKind.PENALTY, "测试综执罚立〔2024〕第908号",
                "测试综执罚决〔2024〕第908号", "某公司焚烧案", PartyType.ORGANISATION, "夔龙化工有限公司", null, null, null,
                null, List.of(), "当事人在厂区露天焚烧夔龙牌废旧轮胎。", "《大气污染防治法》第一百一十九条",
                "罚款人民币一万元", new BigDecimal("10000"), LocalDate.of(2024, 9, 2), null));
        api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");
        assertThat(publicSearch("废旧轮胎").get("total").asLong()).isEqualTo(1);

        api("reviewer").postJson("/api/v1/publications/" + id + "/revoke",
                "{\"revokedOn\":\"2024-09-27\",\"reason\":\"经行政复议撤销原处罚决定\"}");
        api("reviewer").postJson("/api/v1/publications/" + id + "/withdraw", "{}");

        assertThat(publicSearch("废旧轮胎").get("total").asLong()).isZero();
        assertThat(publicSearch("露天焚烧").get("total").asLong()).isZero();
        JsonNode stub = publicSearch("第908号");
        assertThat(stub.get("total").asLong()).isEqualTo(1);
        assertThat(stub.get("items").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_decision_withdrawn_before_the_stub_rule_is_cut_to_its_stub_at_start_up() {
        long id = prepare(new DecisionToPublish(bureau().id(), DecisionKind.PENALTY, "测试综执罚立〔2024〕第909号",
                null, "某公司排污案", PartyType.ORGANISATION, "饕餮环保有限公司", null, null, null, null, List.of(),
                "当事人通过暗管排放饕餮牌废水。", "《水污染防治法》第八十三条", "罚款人民币二万元",
                new BigDecimal("20000"), LocalDate.of(2024, 9, 2), null));
        api("reviewer").postJson("/api/v1/publications/" + id + "/confirm", "{}");
        api("reviewer").postJson("/api/v1/publications/" + id + "/revoke",
                "{\"revokedOn\":\"2024-09-27\",\"reason\":\"原决定被确认违法\"}");
        api("reviewer").postJson("/api/v1/publications/" + id + "/withdraw", "{}");
        // as a withdrawal before the rule left it
        jdbc.update("update publication set search_text = search_text || ? where id = ?", "\n暗管排放饕餮牌废水", id);

        int cut = org.fazhi.organization.scope.DataScope.asSystem(() -> service.cutWithdrawnToStubs());

        assertThat(cut).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select search_text from publication where id = ?", String.class, id))
                .doesNotContain("暗管").contains("第909号");
        assertThat(publicSearch("暗管排放").get("total").asLong()).isZero();
    }
}
