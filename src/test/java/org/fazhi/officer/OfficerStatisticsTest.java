package org.fazhi.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fazhi.ledger.Ledgers;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The certificate figures of 三星镇 for 2012 and 2013, years no other record of the tests or the demo falls in: events
 * on the first and last day of the year and the days around them, each kind of event, and certificates valid, expired,
 * cancelled and cleared on the year's last day.
 */
class OfficerStatisticsTest extends IntegrationTest {

    private static final String HEADER = "姓名,身份证号,所属单位,执法证号,执法类别,业务类型,办理日期,有效期至";

    private JsonNode statistics(int year) {
        Api.Response r = api("reviewer").get("/api/v1/officers/statistics?year=" + year + "&orgUnit="
                + data.sanxing().id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void events_count_in_the_year_of_their_date_and_validity_on_the_last_day_of_the_year() {
        String unit = "三星镇综合行政执法局";
        String a = "统计甲（示例）,320682198501012017," + unit + ",STAT-2012-A,综合行政执法,";
        String b = "统计乙（示例）,320682198501012025," + unit + ",STAT-2012-B,综合行政执法,";
        String c = "统计丙（示例）,320682198501012033," + unit + ",STAT-2012-C,综合行政执法,";
        String d = "统计丁（示例）,320682198501012041," + unit + ",STAT-2012-D,综合行政执法,";
        String e = "统计戊（示例）,32068219850101205X," + unit + ",STAT-2012-E,综合行政执法,";
        Api.Response r = api("reviewer").upload("/api/v1/officers/certificates/import", "file", "执法证.csv",
                "text/csv", Ledgers.csv(StandardCharsets.UTF_8, true, HEADER,
                        // issued the day before the year, valid through both years
                        a + "申领,2011-12-31,2016-12-30",
                        // issued on the first day, expired the day before the last, renewed on the last day
                        b + "申领,2012-01-01,2012-12-30",
                        b + "换证,2012-12-31,2017-12-30",
                        // cancelled on the last day: no longer valid that day
                        c + "申领,2012-03-01,2017-02-28",
                        c + "注销,2012-12-31,",
                        // cleared the day after the year: valid on its last day, counted as cleared in 2013
                        d + "申领,2012-04-01,2017-03-31",
                        d + "清理,2013-01-01,",
                        e + "申领,2012-05-01,2017-04-30",
                        e + "清理,2012-06-01,"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).as(r.body()).isEqualTo(9);

        JsonNode y2012 = statistics(2012);
        assertThat(y2012.get("certificatesIssued").asLong()).isEqualTo(4);
        assertThat(y2012.get("certificatesRenewed").asLong()).isEqualTo(1);
        assertThat(y2012.get("certificatesCancelled").asLong()).isEqualTo(1);
        assertThat(y2012.get("certificatesCleared").asLong()).isEqualTo(1);
        assertThat(y2012.get("validCertificates").asLong()).isEqualTo(3);
        JsonNode y2013 = statistics(2013);
        assertThat(y2013.get("certificatesIssued").asLong()).isZero();
        assertThat(y2013.get("certificatesRenewed").asLong()).isZero();
        assertThat(y2013.get("certificatesCancelled").asLong()).isZero();
        assertThat(y2013.get("certificatesCleared").asLong()).isEqualTo(1);
        assertThat(y2013.get("validCertificates").asLong()).isEqualTo(2);
        // the second town counts none of them
        JsonNode other = api("t2-officer1").get("/api/v1/officers/statistics?year=2012&orgUnit="
                + data.secondTown().id()).json();
        assertThat(other.get("certificatesIssued").asLong()).isZero();
        assertThat(other.get("validCertificates").asLong()).isZero();
    }
}
