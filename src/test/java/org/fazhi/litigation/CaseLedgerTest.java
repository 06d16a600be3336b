package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The 行政应诉复议台账: past cases imported through the same steps as typed ones, bad rows rejected by column. */
class CaseLedgerTest extends IntegrationTest {

    private static final String IMPORT = "/api/v1/litigation/cases/import";
    private static final String HEADER = "类型,案号,受理机关,原告或申请人,被诉行为,收到副本日期,开庭日期,负责人是否出庭,"
            + "出庭人员及职务,未出庭原因,结案日期,结果\n";

    private Api.Response importCsv(String user, String rows) {
        return api(user).upload(IMPORT, "file", "应诉台账.csv", "text/csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode byNumber(String number) {
        JsonNode items = api("leader").get(LitigationCaseTest.CASES + "?q="
                + LitigationCaseTest.encode(number)).json().get("items");
        return items.isEmpty() ? null : api("leader").get(LitigationCaseTest.CASES + "/"
                + items.get(0).get("id").asLong()).json();
    }

    @Test
    void a_concluded_case_with_its_hearing_and_a_pending_reconsideration_are_imported_once() {
        String tag = String.valueOf(System.nanoTime());
        String rows = "行政诉讼,（2018）苏0684行初" + tag + "号,南通市海门区人民法院,赵某,责令限期拆除决定,2018-03-01,"
                + "2018-04-10,是,王某 正职负责人,,2018-05-20,驳回诉讼请求\n"
                + "行政复议,海府复〔2018〕" + tag + "号,海门区人民政府,钱某,政府信息公开答复,2018-06-01,"
                + "2018-06-20,否,司法所 孙某,其他正当理由：参加防汛抢险,,\n";

        Api.Response r = importCsv("reviewer", rows);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(2);
        JsonNode lawsuit = byNumber("（2018）苏0684行初" + tag + "号");
        assertThat(lawsuit.get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(lawsuit.get("outcomeLabel").asString()).isEqualTo("驳回诉讼请求");
        assertThat(lawsuit.get("hearings").get(0).get("appearedPosition").asString()).isEqualTo("CHIEF");
        JsonNode reconsideration = byNumber("海府复〔2018〕" + tag + "号");
        assertThat(reconsideration.get("state").asString()).isEqualTo("PENDING");
        assertThat(reconsideration.get("hearings").get(0).get("absenceReason").asString()).isEqualTo("OTHER");
        assertThat(reconsideration.get("hearings").get(0).get("absenceExplanation").asString())
                .isEqualTo("参加防汛抢险");

        Api.Response again = importCsv("reviewer", rows);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(2);
    }

    @Test
    void rows_without_the_reason_of_an_absent_head_concluded_before_receipt_or_with_an_unknown_kind_are_rejected() {
        String tag = String.valueOf(System.nanoTime());
        String rows = "行政诉讼,拒1-" + tag + ",海门区人民法院,赵某,处罚决定,2018-03-01,2018-04-10,否,司法所 孙某,,,\n"
                + "行政诉讼,拒2-" + tag + ",海门区人民法院,赵某,处罚决定,2018-03-01,,,,,2018-02-20,撤诉\n"
                + "行政裁决,拒3-" + tag + ",海门区人民法院,赵某,处罚决定,2018-03-01,,,,,,\n"
                + "行政复议,拒4-" + tag + ",海门区人民政府,赵某,处罚决定,2018-03-01,,,,,2018-04-01,驳回诉讼请求\n";

        Api.Response r = importCsv("reviewer", rows);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isZero();
        List<String> columns = new ArrayList<>();
        r.json().get("rejected").forEach(x -> columns.add(x.get("row").asLong() + ":" + x.get("column").asString()));
        // rows count from the header line, which is row 1
        assertThat(columns).contains("2:未出庭原因", "3:结案日期", "4:类型", "5:结果");
        for (int i = 1; i <= 4; i++) {
            assertThat(byNumber("拒" + i + "-" + tag)).isNull();
        }
    }

    @Test
    void an_officer_may_not_import_the_ledger() {
        assertThat(importCsv("officer1", "").status()).isEqualTo(403);
    }
}
