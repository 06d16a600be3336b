package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.support.ConcurrentWriters.assertExplained;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditTrail;
import org.fazhi.officer.internal.EnforcementOfficer;
import org.fazhi.support.Api;
import org.fazhi.support.ConcurrentWriters;
import org.fazhi.support.ConcurrentWriters.Write;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 乐观锁 — concurrent writers: a change based on a stale read is refused 409 with who changed the record and when, and
 * nothing of it is written; a hundred writers racing on one record and on several records lose no update (the final
 * state is the last applied write, every applied write is in the audit trail) and the audit hash chain still verifies.
 * ({@code TwoNodesTest} races the same writers across two platform processes.)
 */
class ConcurrentEditsTest extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    private ConcurrentWriters writers;

    @BeforeEach
    void writers() {
        writers = new ConcurrentWriters(api(ConcurrentWriters.WRITER), data.sanxing().id());
    }

    private List<String> auditedStates(long officerId) {
        return audit.historyOf(EnforcementOfficer.class, officerId).stream().map(AuditEntry::afterState).toList();
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_409_naming_who_changed_it_and_when_and_nothing_is_written() {
        long id = writers.register("乐观锁甲（测试）");
        Api reviewer = api("reviewer");
        Api.Response read = reviewer.get("/api/v1/officers/" + id);
        String stale = read.header("ETag");
        assertThat(stale).startsWith("W/\"");

        Api.Response first = writers.put(id, "乐观锁甲（第一次修改）", stale);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(stale);

        Api.Response late = writers.put(id, "乐观锁甲（据旧版本修改）", stale);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertExplained(late.json().get("detail").asString());
        Api.Response now = reviewer.get("/api/v1/officers/" + id);
        assertThat(now.json().get("officer").get("name").asString()).isEqualTo("乐观锁甲（第一次修改）");
        assertThat(now.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void a_stale_edit_form_is_refused_409_on_its_page_with_the_explanation_and_a_reload_link() {
        StaffSession reviewer = StaffSession.signIn(baseUrl(), "reviewer", PASSWORD);
        HttpResponse<String> created = reviewer.postForm("/reports/rule-of-law",
                Map.of("year", String.valueOf(data.reportYear()), "orgUnitId", String.valueOf(data.sanxing().id())));
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/reports/rule-of-law/"));
        String section = path + "/sections/measures.disputes";
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(reviewer.get(path + "?section=measures.disputes").body());
        assertThat(version.find()).isTrue();
        String stale = version.group(1);

        assertThat(reviewer.postForm(section, Map.of("text", "第一次保存（并发测试）", "version", stale)).statusCode())
                .isEqualTo(302);
        HttpResponse<String> late = reviewer.postForm(section, Map.of("text", "据旧页面保存（并发测试）",
                "version", stale));

        assertThat(late.statusCode()).isEqualTo(409);
        assertExplained(late.body());
        assertThat(late.body()).contains("conflict-reload", "据旧页面保存（并发测试）");
        assertThat(reviewer.get(path + "?section=measures.disputes").body())
                .contains("第一次保存（并发测试）", "第2版").doesNotContain("第3版");
    }

    @Test
    void a_hundred_writers_on_one_record_lose_no_update_and_every_refusal_is_explained() throws Exception {
        long id = writers.register("并发写入（同一记录）");
        List<Write> writes = writers.race(List.of(id));

        assertThat(writes.stream().filter(w -> w.status() == 409)).isNotEmpty();
        writers.assertNoLostUpdate(writes, id, this::auditedStates);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_hundred_writers_on_ten_records_lose_no_update_and_every_refusal_is_explained() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(writers.register("并发写入（多条记录" + i + "）"));
        }
        List<Write> writes = writers.race(ids);

        for (long id : ids) {
            writers.assertNoLostUpdate(writes, id, this::auditedStates);
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
