package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.fazhi.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 行政处罚决定台账: past decisions imported by officers or the legal reviewer, checked row by row, and waiting on the
 * publication desk for review — unless a legal reviewer confirms having reviewed the whole file.
 */
class PastDecisionImportTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/enforcement/decisions/import";
    private static final String HEADER = "案号,案件名称,当事人类型,当事人名称,证件号码,联系电话,住址,违法事实,处罚依据,处罚种类,"
            + "罚款金额(元),立案日期,决定日期,执法证号,是否重大案件,法制审核结论";
    /**
     * Demo certificates of 三星镇, dated from the demo's report year (the year before its first start): 执法人员甲 and 乙
     * (issued five years before it, renewed in it), 瞿国强 (issued four years before it, cleared early in March of it).
     */
    private String officerA;
    private String officerB;
    private String cleared;
    /** A certificate of the second town. */
    private String otherTown;
    /** The day the good rows were decided, in the year before the report year; the case was filed on 1 April. */
    private String decidedOn;
    private String filedOn;
    /** A day after 瞿国强's certificate was cleared. */
    private String afterClearing;

    @BeforeEach
    void demoDates() {
        int lastYear = data.reportYear();
        officerA = TestData.certificate("320684", lastYear - 5, 1);
        officerB = TestData.certificate("320684", lastYear - 5, 2);
        cleared = TestData.certificate("320684", lastYear - 4, 25);
        otherTown = TestData.certificate("320685", lastYear - 1, 1);
        filedOn = (lastYear - 1) + "-04-01";
        decidedOn = (lastYear - 1) + "-05-10";
        afterClearing = lastYear + "-04-01";
    }

    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private String row(String number, String title, String party, String certificates, String major, String review,
                       String decided) {
        return String.join(",", number, title, "自然人", party, "320684199001011234", "13812345678",
                "三星镇叠石桥路18号", party + "在三星镇叠石桥路18号门前占道经营，联系电话13812345678", "《城市市容和环境卫生管理条例》第三十六条",
                "警告、罚款", "500", filedOn, decided, certificates, major, review);
    }

    /** Imports the rows; {@code query} is the import's query string ("" for none). */
    private Api.Response importCsv(String user, String query, String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        return api(user).upload(IMPORT + query, "file", "决定台账.csv", "text/csv",
                Ledgers.csv(StandardCharsets.UTF_8, true, lines.toArray(String[]::new)));
    }

    private static final String REVIEWED = "?reviewedWholeFile=true";

    /** The desk's record of a case number (the reviewer's view), or {@code null}. */
    private JsonNode onDesk(String caseNumber) {
        JsonNode page = api("reviewer").get("/api/v1/publications?size=100&q="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).json();
        for (JsonNode p : page.get("items")) {
            if (p.get("caseNumber").asString().equals(caseNumber)) {
                return p;
            }
        }
        return null;
    }

    private JsonNode search(String q) {
        Api.Response r = anonymous().get("/api/public/v1/enforcement/decisions?town=" + data.sanxing().id() + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String reason(JsonNode report, int row, String column) {
        for (JsonNode r : report.get("rejected")) {
            if (r.get("row").asInt() == row && column.equals(r.get("column").asString())) {
                return r.get("reason").asString();
            }
        }
        throw new AssertionError("no rejection of row " + row + " column " + column + " in " + report);
    }

    @Test
    void bad_rows_are_rejected_with_row_column_and_reason_and_nothing_of_them_is_written() {
        Api.Response r = importCsv("officer1", "",
                row("海三星罚决字〔2023〕第" + tag + "1号", "单人执法导入案" + tag, "李大勇", officerA, "否", "通过", decidedOn),
                row("海三星罚决字〔2023〕第" + tag + "2号", "证件失效导入案" + tag, "李大勇", officerA + ";" + cleared, "否",
                        "通过", afterClearing),
                row("海三星罚决字〔2023〕第" + tag + "3号", "重大未审导入案" + tag, "李大勇", officerA + "；" + officerB, "是",
                        "", decidedOn),
                row("海三星罚决字〔2023〕第" + tag + "4号", "他镇证件导入案" + tag, "李大勇", officerA + ";" + otherTown, "否",
                        "通过", decidedOn));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(reason(report, 2, "执法证号")).contains("只列明了 1 名执法人员", "第42条");
        assertThat(reason(report, 3, "执法证号")).contains(cleared, afterClearing, "无效");
        assertThat(reason(report, 4, "法制审核结论")).contains("重大案件", "第58条");
        assertThat(reason(report, 5, "执法证号")).contains(otherTown, "未在本镇登记");
        assertThat(search(tag).get("total").asInt()).isZero();
    }

    @Test
    void an_import_by_a_non_reviewer_waits_for_review_and_is_not_on_the_portal_until_a_reviewer_confirms_it() {
        String number = "海三星罚决字〔2023〕第" + tag + "5号";
        String title = "叠石桥路占道经营案" + tag;

        // the attacker: an officer, sending the confirmation flag that used to publish at once
        Api.Response r = importCsv("officer1", "?confirmRedaction=true",
                row(number, title, "王小明", officerA + "；" + officerB, "否", "通过", decidedOn));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(1);
        assertThat(search(title).get("total").asInt()).isZero();
        assertThat(anonymous().get(data.portal(data.sanxing(), "enforcement") + "?q="
                + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .body()).contains("共 0 条公示", "没有找到相关的执法公示");
        JsonNode pending = onDesk(number);
        assertThat(pending.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(pending.toString()).doesNotContain("王小明", "13812345678", "320684199001011234", "叠石桥路18号");

        Api.Response confirmed = api("reviewer").postJson("/api/v1/publications/" + pending.get("id").asLong()
                + "/confirm", "{}");

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode found = search(title);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode item = found.get("items").get(0);
        assertThat(item.get("partyName").asString()).isEqualTo("王某");
        assertThat(item.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(item.get("decidedOn").asString()).isEqualTo(decidedOn);
        assertThat(item.get("fineAmount").asInt()).isEqualTo(500);
        assertThat(item.toString()).doesNotContain("王小明", "13812345678", "320684199001011234", "叠石桥路18号");
        assertThat(search("王小明").get("total").asInt()).isZero();
    }

    @Test
    void a_non_reviewer_who_claims_to_have_reviewed_the_whole_file_is_refused_and_nothing_is_imported() {
        String number = "海三星罚决字〔2023〕第" + tag + "9号";

        Api.Response r = importCsv("officer1", REVIEWED,
                row(number, "冒充审核导入案" + tag, "周大福", officerA + ";" + officerB, "否", "通过", decidedOn));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("法制审核人员");
        assertThat(onDesk(number)).isNull();
        assertThat(search("冒充审核导入案" + tag).get("total").asInt()).isZero();
    }

    @Test
    void a_reviewer_who_confirms_the_whole_file_publishes_at_once_and_the_audit_trail_records_the_confirmation() {
        String number = "海三星罚决字〔2023〕第" + tag + "6号";
        String title = "审核确认导入案" + tag;

        JsonNode first = importCsv("reviewer", REVIEWED,
                row(number, title, "王小明", officerA + "；" + officerB, "否", "通过", decidedOn)).json();

        assertThat(first.get("imported").asInt()).as(first.toString()).isEqualTo(1);
        assertThat(search(title).get("total").asInt()).isEqualTo(1);
        JsonNode published = onDesk(number);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        String page = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD)
                .get("/publications/" + published.get("id").asLong()).body();
        assertThat(page).contains("确认已审核整份台账文件");

        JsonNode again = importCsv("reviewer", REVIEWED,
                row(number, title, "王小明", officerA + "；" + officerB, "否", "通过", decidedOn)).json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(1);
        assertThat(search(title).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void the_import_page_offers_the_whole_file_confirmation_to_reviewers_only() {
        String officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get("/enforcement/decisions/import")
                .body();
        String reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD).get("/enforcement/decisions/import")
                .body();

        assertThat(officer).doesNotContain("name=\"reviewedWholeFile\"").contains("待审核");
        assertThat(reviewer).contains("name=\"reviewedWholeFile\"", "已逐条审核整份文件");
    }

    @Test
    void a_natural_person_without_an_id_number_or_a_birth_date_is_rejected() {
        String line = String.join(",", "海三星罚决字〔2023〕第" + tag + "10号", "无证件导入案" + tag, "自然人", "孙大圣", "",
                "", "", "孙大圣占道经营", "《城市市容和环境卫生管理条例》第三十六条", "警告", "", filedOn, decidedOn,
                officerA + ";" + officerB, "否", "通过");

        JsonNode report = importCsv("officer1", "", line).json();

        assertThat(report.get("imported").asInt()).isZero();
        assertThat(reason(report, 2, "出生日期")).contains("出生日期", "未成年");
    }

    @Test
    void the_legal_reviewer_may_import_and_counsel_may_not() {
        Api.Response byReviewer = importCsv("reviewer", "",
                row("海三星罚决字〔2023〕第" + tag + "7号", "审核员导入案" + tag, "钱某某", officerA + ";" + officerB, "是",
                        "通过", decidedOn));
        assertThat(byReviewer.status()).as(byReviewer.body()).isEqualTo(200);
        assertThat(byReviewer.json().get("imported").asInt()).as(byReviewer.body()).isEqualTo(1);

        assertThat(importCsv("counsel", "", row("海三星罚决字〔2023〕第" + tag + "8号", "顾问导入案" + tag, "孙某某",
                officerA + ";" + officerB, "否", "通过", decidedOn)).status()).isEqualTo(403);
        assertThat(search("顾问导入案" + tag).get("total").asInt()).isZero();
    }
}
