package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fazhi.FazhiApplication;
import org.fazhi.audit.web.AuditVocabulary;
import org.fazhi.audit.web.ReadableEvents;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log and a record's history as people read them: the record by its business name, the action in words,
 * each changed value by its label from old to new, filters that are lists, sign-ins in the auditor's view.
 */
class ReadableAuditTest extends IntegrationTest {

    private static final String CASES = "/api/v1/enforcement/cases";
    /** What a page must never show: JSON, an object reference, a package. */
    private static final Pattern RAW = Pattern.compile("\\{\"|\\w@[0-9a-f]{5,}|org\\.fazhi");

    @Autowired
    ReadableEvents readable;

    @Autowired
    AuditVocabulary vocabulary;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(FazhiApplication.ZONE);

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

    /** A case filed, approved and under investigation; answers its id and 案号. */
    private String[] investigatedCase() {
        Api.Response filed = api("officer1").postJson(CASES, "{\"procedure\":\"ORDINARY\",\"title\":\"审计可读测试案\","
                + "\"partyType\":\"NATURAL_PERSON\",\"partyName\":\"钱某某（测试）\",\"partyIdNumber\":\"320607198805051234\","
                + "\"violation\":\"未经许可搭建\",\"legalBasis\":\"《城乡规划法》第六十四条\",\"filedOn\":\"" + today + "\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        for (String u : List.of("officer1", "leader")) {
            Api.Response r = api(u).postJson(CASES + "/" + id + "/approvals",
                    "{\"stage\":\"FILING\",\"agree\":true,\"opinion\":\"同意。\",\"on\":\"" + today + "\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        Api.Response step = api("officer1").postJson(CASES + "/" + id + "/steps/INVESTIGATE",
                "{\"on\":\"" + today + "\",\"officerIds\":" + team() + "}");
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        return new String[] {String.valueOf(id), api("officer1").get(CASES + "/" + id).json().get("caseInfo")
                .get("caseNumber").asString()};
    }

    private static List<String> rows(Document page, String table) {
        return page.select(table + " tbody tr").stream().map(Element::text).toList();
    }

    private Document page(StaffSession s, String path) {
        HttpResponse<String> r = s.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void a_case_change_reads_as_its_number_the_action_and_each_value_from_old_to_new_in_both_languages() {
        String[] c = investigatedCase();
        StaffSession auditor = StaffSession.signIn(baseUrl(), "auditor", PASSWORD);

        List<String> zh = rows(page(auditor, "/audit?entityType=PenaltyCase&action=TRANSITION&lang=zh_CN"),
                "#audit-table");
        assertThat(zh).anySatisfy(row -> assertThat(row).contains("行政处罚案件 " + c[1])
                .contains("状态变更：立案 → 调查取证").contains("办理状态：立案 → 调查取证").doesNotContain("PenaltyCase"));
        Document enPage = page(auditor, "/audit?entityType=PenaltyCase&lang=en");
        // recorded texts are shown as written and marked so; labels are in the reader's language
        assertThat(enPage.select(".audit-after[translate=no]").eachText()).contains("审计可读测试案");
        assertThat(enPage.select(".audit-after:not([translate])").eachText()).contains("Under investigation");
        List<String> en = rows(page(auditor, "/audit?entityType=PenaltyCase&action=TRANSITION&lang=en"),
                "#audit-table");
        assertThat(en).anySatisfy(row -> assertThat(row).contains("Penalty case " + c[1])
                .contains("Status change").contains("Filed →"));
        // a part of the case is named by the case
        List<String> approvals = rows(page(auditor, "/audit?entityType=CaseApproval&lang=zh_CN"), "#audit-table");
        assertThat(approvals).anySatisfy(row -> assertThat(row).contains("行政处罚案件 " + c[1] + " 的案件审批")
                .contains("新建"));
        // the case's own history reads the same
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        List<String> history = rows(page(officer, "/enforcement/cases/" + c[0] + "?lang=zh_CN"), "table.audit-history");
        assertThat(history).anySatisfy(row -> assertThat(row).contains("状态变更：立案 → 调查取证"));
        assertThat(String.join("\n", history)).doesNotContainPattern(RAW);
    }

    @Test
    void a_plain_change_reads_changed_with_labels_enum_labels_yes_no_and_keeps_masked_and_secret_values_hidden() {
        LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            ReadableEvents.Event e = readable.read(new AuditEntry(1, Instant.now(), "officer1", null, null,
                    "PenaltyCase", "12", "UPDATE",
                    "{\"gravity.complexCase\":false,\"party.name\":\"***\",\"state\":\"FILED\",\"title\":\"旧案由\"}",
                    "{\"gravity.complexCase\":true,\"party.name\":\"***\",\"state\":\"CLOSED\",\"title\":\"新案由\"}",
                    null, null, "[2026]7号", null));
            assertThat(e.type()).isEqualTo("行政处罚案件");
            assertThat(e.name()).isEqualTo("[2026]7号");
            assertThat(e.action()).isEqualTo("修改");
            assertThat(e.changes()).extracting(ch -> ch.field() + "：" + ch.before().text() + " → " + ch.after().text())
                    .containsExactlyInAnyOrder("案件情节 · 案情疑难复杂：否 → 是", "办理状态：立案 → 结案",
                            "案由：旧案由 → 新案由");

            ReadableEvents.Event user = readable.read(new AuditEntry(2, Instant.now(), "secadmin", null, null,
                    "AppUser", "5", "SECURITY:PASSWORD_RESET", "{\"passwordHash\":\"[secret]\",\"phone\":\"***\"}",
                    "{\"passwordHash\":\"[secret]\",\"phone\":\"***\",\"lockedUntil\":\"2026-01-02T03:04:05Z\"}",
                    null, null, "张三（zhangsan）", null));
            assertThat(user.action()).isEqualTo("重置密码");
            assertThat(user.changes()).extracting(ch -> ch.field() + "：" + (ch.before() == null ? "" : ch.before().text())
                    + " → " + ch.after().text()).containsExactly("锁定至：（空） → 2026-01-02 11:04:05");

            ReadableEvents.Event grant = readable.read(new AuditEntry(3, Instant.now(), "secadmin", null, null,
                    "RoleGrant", "9", "SECURITY:ROLE_GRANT", "{\"permissions\":[\"AUDIT_READ\"]}",
                    "{\"permissions\":[\"AUDIT_READ\",\"AUDIT_VERIFY\"]}", null, null, "AUDIT_ADMIN", null));
            assertThat(grant.name()).isEqualTo("审计管理员");
            assertThat(grant.changes().get(0).field()).isEqualTo("权限");
            assertThat(grant.changes().get(0).after().text()).doesNotContain("AUDIT_").contains("、");

            // an event recorded before lists of other records were left out wrote them as object references
            ReadableEvents.Event old = readable.read(new AuditEntry(4, Instant.now(), "mediator", null, null,
                    "Dispute", "3", "CREATE", null, "{\"parties\":[\"Party@612d99db\"],\"summary\":\"邻里纠纷\"}",
                    null, null, null, null));
            assertThat(old.name()).isNull();
            assertThat(old.changes()).extracting(ReadableEvents.Change::field).containsExactly("纠纷简要情况");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void an_event_written_before_a_value_moved_into_a_part_reads_with_the_values_present_label() {
        LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            // the trail is never rewritten: an application's reply and supplement were flat values before
            ReadableEvents.Event e = readable.read(new AuditEntry(5, Instant.now(), "clerk", null, null,
                    "DisclosureApplication", "8", "UPDATE",
                    "{\"supplementSentOn\":null,\"outcome\":null,\"decisionReason\":null}",
                    "{\"supplementSentOn\":\"2026-03-02\",\"outcome\":\"DISCLOSED\",\"decisionReason\":\"依法公开\"}",
                    null, null, "〔2026〕1号", null));
            assertThat(e.changes()).extracting(ReadableEvents.Change::field)
                    .containsExactlyInAnyOrder("补正 · 告知日期", "答复 · 答复结果", "答复 · 答复理由");
            assertThat(e.changes()).extracting(ch -> ch.after().text())
                    .contains("依法公开").anySatisfy(v -> assertThat(v).contains("予以公开").doesNotContain("DISCLOSED"));

            // a clock's values moved into parts, and a part several records share (a period) named by its record
            ReadableEvents.Event clock = readable.read(new AuditEntry(6, Instant.now(), "clerk", null, null,
                    "DeadlineClock", "9", "UPDATE", "{\"dueDate\":\"2026-03-02\",\"periodAmount\":15}",
                    "{\"dueDate\":\"2026-03-23\",\"periodAmount\":30}", null, null, null, null));
            assertThat(clock.changes()).extracting(ReadableEvents.Change::field)
                    .containsExactlyInAnyOrder("计算的日期 · 到期日", "期限 · 长度");
            ReadableEvents.Event pause = readable.read(new AuditEntry(7, Instant.now(), "clerk", null, null,
                    "ClockPause", "10", "CREATE", null, "{\"limitAmount\":30}", null, null, null, null));
            assertThat(pause.changes()).extracting(ReadableEvents.Change::field).containsExactly("中止时限 · 长度");
            ReadableEvents.Event withheld = readable.read(new AuditEntry(8, Instant.now(), "reviewer", null, null,
                    "Publication", "11", "UPDATE", "{\"withheldReason\":null}", "{\"withheldReason\":\"涉及未成年人\"}",
                    null, null, null, null));
            assertThat(withheld.changes()).extracting(ReadableEvents.Change::field).containsExactly("不予公示 · 理由");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void no_page_of_the_audit_log_shows_a_class_name_json_or_an_object_reference() {
        investigatedCase();
        StaffSession auditor = StaffSession.signIn(baseUrl(), "auditor", PASSWORD);
        List<String> paths = new ArrayList<>(List.of("/audit?lang=zh_CN", "/audit?page=1", "/audit?page=2",
                "/audit?action=SECURITY", "/audit?entityType=Dispute", "/audit?entityType=DisclosureApplication"));
        vocabulary.modules().forEach(m -> paths.add("/audit?module=" + m));
        for (String path : paths) {
            String text = page(auditor, path).select("main").text();
            assertThat(text).as(path).doesNotContainPattern(RAW);
            for (String type : vocabulary.entities().keySet()) {
                assertThat(text).as(path).doesNotContainPattern("\\b" + type + "\\b");
            }
        }
        assertThat(page(auditor, "/audit?lang=en").select("main").text()).doesNotContainPattern(RAW);
    }

    @Test
    void the_filters_are_lists_and_find_the_events_chosen() {
        String[] c = investigatedCase();
        StaffSession auditor = StaffSession.signIn(baseUrl(), "auditor", PASSWORD);

        Document all = page(auditor, "/audit?lang=zh_CN");
        assertThat(all.select("select#module option[value=enforcement]").text()).isEqualTo("行政执法");
        assertThat(all.select("select#entityType option[value=PenaltyCase]").text()).isEqualTo("行政处罚案件");
        assertThat(all.select("select#action option[value=SECURITY.LOCK]").text()).isEqualTo("账户锁定");
        assertThat(all.select("select#actor option[value=officer1]")).hasSize(1);
        assertThat(all.select("input#entityType, input#action, input#actor")).isEmpty();

        String found = "/audit?module=enforcement&action=TRANSITION&actor=officer1&from=" + today + "&to=" + today;
        assertThat(rows(page(auditor, found), "#audit-table")).anySatisfy(r -> assertThat(r).contains(c[1]));
        assertThat(page(auditor, found).select("select#module option[selected]").attr("value"))
                .isEqualTo("enforcement");
        for (String none : List.of("/audit?module=mediation&actor=officer1&action=TRANSITION",
                "/audit?entityType=PenaltyCase&action=DELETE", "/audit?entityType=PenaltyCase&actor=leader"
                        + "&action=TRANSITION", "/audit?entityType=PenaltyCase&to=" + today.minusYears(30))) {
            assertThat(rows(page(auditor, none), "#audit-table")).as(none)
                    .noneSatisfy(r -> assertThat(r).contains(c[1] + " "));
        }
    }

    @Test
    void sign_ins_failed_sign_ins_lockouts_and_unlocks_are_security_events_the_auditor_reads() throws Exception {
        String name = "signin-" + System.nanoTime() % 100000;
        Api.Response made = api("admin").postJson("/api/v1/users", """
                {"username":"%s","displayName":"登录审计测试","homeUnitId":%d,"roles":["COUNSEL"],"password":"%s"}"""
                .formatted(name, data.sanxing().id(), "Signin-2024x"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        StaffSession.signIn(baseUrl(), name, "Signin-2024x");
        // wrong passwords until the lock: the waits between them double from the test's one second
        long[] waits = {0, 0, 1100, 2100, 4100};
        for (long wait : waits) {
            Thread.sleep(wait);
            try {
                StaffSession.signIn(baseUrl(), name, "wrong-2024x");
            } catch (IllegalStateException refused) {
                // the one answer of a failed sign-in
            }
        }
        assertThat(api("secadmin").postJson("/api/v1/users/" + made.json().get("id").asLong() + "/unlock", "{}")
                .status()).isBetween(200, 204);

        StaffSession auditor = StaffSession.signIn(baseUrl(), "auditor", PASSWORD);
        List<String> log = rows(page(auditor, "/security/log?username=" + name + "&lang=zh_CN"),
                "#security-log-table");
        assertThat(log).anySatisfy(r -> assertThat(r).contains("登录成功").contains(name).containsPattern("\\d+[.:]"));
        assertThat(log).anySatisfy(r -> assertThat(r).contains("登录失败").contains(name));
        assertThat(log).anySatisfy(r -> assertThat(r).contains("账户被锁定").contains(name));
        assertThat(log).anySatisfy(r -> assertThat(r).contains("账户解锁").contains(name));
        assertThat(String.join("\n", log)).doesNotContain("LOGIN_", "ACCOUNT_");
        List<String> en = rows(page(auditor, "/security/log?username=" + name + "&lang=en"), "#security-log-table");
        assertThat(en).anySatisfy(r -> assertThat(r).contains("Signed in"));

        // the account's own changes are audit events in words, named by the account
        List<String> events = rows(page(auditor, "/audit?action=SECURITY&lang=zh_CN"), "#audit-table");
        assertThat(events).anySatisfy(r -> assertThat(r).contains("登录审计测试（" + name + "）").contains("账户锁定"));
        assertThat(events).anySatisfy(r -> assertThat(r).contains("登录审计测试（" + name + "）").contains("账户解锁"));
    }

    @Test
    void only_the_auditor_reads_the_audit_log_and_the_security_log() {
        StaffSession officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD);
        assertThat(officer.get("/audit").statusCode()).isEqualTo(403);
        assertThat(officer.get("/security/log").statusCode()).isEqualTo(403);
        assertThat(api("secadmin").get("/api/v1/audit/events").status()).isEqualTo(403);
    }

    @Test
    void the_name_of_a_record_is_covered_by_the_chain() {
        investigatedCase();
        Long seq = jdbc.queryForObject("select max(seq_no) from audit_event where record_name is not null",
                Long.class);
        String name = jdbc.queryForObject("select record_name from audit_event where seq_no = ?", String.class, seq);
        try {
            jdbc.update("update audit_event set record_name = 'forged' where seq_no = ?", seq);
            JsonNode broken = api("auditor").get("/api/v1/audit/verify").json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenEventId").asLong()).isEqualTo(seq);
        } finally {
            jdbc.update("update audit_event set record_name = ? where seq_no = ?", name, seq);
        }
        assertThat(api("auditor").get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }
}
