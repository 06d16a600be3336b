package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditTrail;
import org.fazhi.officer.internal.EnforcementOfficer;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 乐观锁 — concurrent writers: a change based on a stale read is refused 409 with who changed the record and when, and
 * nothing of it is written; a hundred writers racing on one record and on several records lose no update (the final
 * state is the last applied write, every applied write is in the audit trail) and the audit hash chain still verifies.
 */
class ConcurrentEditsTest extends IntegrationTest {

    /** The explanation of every 409: "该记录已被 X 于 T 修改，请刷新后重试。". */
    private static final Pattern EXPLAINED = Pattern.compile(
            "该记录已被 (\\S+) 于 (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) 修改，请刷新后重试。");
    private static final AtomicInteger SERIAL = new AtomicInteger(800);
    private static final int WRITERS = 100;

    @Autowired
    AuditTrail audit;

    /** One writer's change: the version it read, the answer, and the version the answer names. */
    private record Write(long officerId, String name, long basedOn, int status, String etag, String body) {

        long version() {
            return version(etag);
        }

        static long version(String etag) {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }
    }

    private long register(String name) {
        String idNumber = ResidentIdNumber.withCheckCharacter("32060319850715" + SERIAL.getAndIncrement());
        Api.Response r = api("reviewer").postJson("/api/v1/officers", """
                {"name":"%s","idNumber":"%s","unitId":%d,"category":"综合行政执法"}"""
                .formatted(name, idNumber, data.sanxing().id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Api.Response put(Api api, long id, String name, String etag) {
        return api.putJson("/api/v1/officers/" + id, """
                {"name":"%s","unitId":%d,"category":"综合行政执法"}""".formatted(name, data.sanxing().id()),
                "If-Match", etag);
    }

    /** A writer as a client does it: read the record, change it, send the change with the version it read. */
    private Write write(Api api, long id, String name) {
        Api.Response read = api.get("/api/v1/officers/" + id);
        Api.Response r = put(api, id, name, read.header("ETag"));
        return new Write(id, name, Write.version(read.header("ETag")), r.status(), r.header("ETag"), r.body());
    }

    private void assertExplained(String detail) {
        Matcher m = EXPLAINED.matcher(detail);
        assertThat(m.find()).as(detail).isTrue();
        assertThat(m.group(1)).isEqualTo("reviewer");
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_409_naming_who_changed_it_and_when_and_nothing_is_written() {
        long id = register("乐观锁甲（测试）");
        Api reviewer = api("reviewer");
        Api.Response read = reviewer.get("/api/v1/officers/" + id);
        String stale = read.header("ETag");
        assertThat(stale).startsWith("W/\"");

        Api.Response first = put(reviewer, id, "乐观锁甲（第一次修改）", stale);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(stale);

        Api.Response late = put(reviewer, id, "乐观锁甲（据旧版本修改）", stale);

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
        long id = register("并发写入（同一记录）");
        List<Write> writes = race(List.of(id));

        assertThat(writes.stream().filter(w -> w.status() == 409)).isNotEmpty();
        assertNoLostUpdate(writes, id);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_hundred_writers_on_ten_records_lose_no_update_and_every_refusal_is_explained() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(register("并发写入（多条记录" + i + "）"));
        }
        List<Write> writes = race(ids);

        for (long id : ids) {
            assertNoLostUpdate(writes.stream().filter(w -> w.officerId() == id).toList(), id);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** {@value #WRITERS} writers released at once, writer i on record i mod n; every answer is 200 or 409. */
    private List<Write> race(List<Long> ids) throws Exception {
        Api reviewer = api("reviewer");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Write>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                long id = ids.get(i % ids.size());
                String name = "并发写入者" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return write(reviewer, id, name);
                }));
            }
            start.countDown();
            List<Write> writes = new ArrayList<>();
            for (Future<Write> f : futures) {
                writes.add(f.get(60, TimeUnit.SECONDS));
            }
            for (Write w : writes) {
                assertThat(w.status()).as(w.body()).isIn(200, 409);
                if (w.status() == 409) {
                    assertExplained(w.body());
                }
            }
            return writes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * No lost update on the record: every applied write was based on the version right before its own (it saw every
     * write applied before it), the applied writes took consecutive versions, the record now holds the last of them,
     * and each applied write (and no refused one) is one event of the record's audit trail.
     */
    private void assertNoLostUpdate(List<Write> writes, long id) {
        List<Write> applied = writes.stream().filter(w -> w.status() == 200)
                .sorted(Comparator.comparingLong(Write::version)).toList();
        assertThat(applied).isNotEmpty();
        Api.Response now = api("reviewer").get("/api/v1/officers/" + id);
        applied.forEach(w -> assertThat(w.version()).as(w.name()).isEqualTo(w.basedOn() + 1));
        long first = applied.get(0).version();
        assertThat(applied.stream().map(Write::version).toList())
                .containsExactlyElementsOf(java.util.stream.LongStream.range(first, first + applied.size()).boxed()
                        .toList());
        assertThat(now.header("ETag")).isEqualTo(applied.get(applied.size() - 1).etag());
        assertThat(now.json().get("officer").get("name").asString()).isEqualTo(applied.get(applied.size() - 1).name());

        List<AuditEntry> history = audit.historyOf(EnforcementOfficer.class, id);
        for (Write w : writes) {
            long events = history.stream().filter(e -> e.afterState() != null
                    && e.afterState().contains("\"" + w.name() + "\"")).count();
            assertThat(events).as(w.name() + " " + w.status()).isEqualTo(w.status() == 200 ? 1 : 0);
        }
    }
}
