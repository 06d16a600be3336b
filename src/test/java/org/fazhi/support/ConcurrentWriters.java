package org.fazhi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.fazhi.shared.ResidentIdNumber;

/**
 * 乐观锁 under load: {@value #WRITERS} clients of the officer register released at once, each reading an officer,
 * renaming it and sending the change with the version it read ({@code If-Match}), as the reviewer. Every answer must
 * be 200 or a 409 explaining who changed the record and when; {@link #assertNoLostUpdate} then proves that nothing
 * applied was lost and nothing refused was written.
 */
public final class ConcurrentWriters {

    /** The explanation of every 409: "该记录已被 X 于 T 修改，请刷新后重试。". */
    public static final Pattern EXPLAINED = Pattern.compile(
            "该记录已被 (\\S+) 于 (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) 修改，请刷新后重试。");
    public static final int WRITERS = 100;
    public static final String WRITER = "reviewer";
    private static final AtomicInteger SERIAL = new AtomicInteger(800);

    private final Api reviewer;
    private final long unitId;

    /** Writers through {@code reviewer} (the API signed in as {@value #WRITER}) on officers of the unit. */
    public ConcurrentWriters(Api reviewer, long unitId) {
        this.reviewer = reviewer;
        this.unitId = unitId;
    }

    /** One writer's change: the version it read, the answer, the version the answer names, the node that served it. */
    public record Write(long officerId, String name, long basedOn, int status, String contentType, String etag,
                        String body, String servedBy) {

        long version() {
            return version(etag);
        }

        static long version(String etag) {
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }
    }

    /** A new officer of the unit; its id. */
    public long register(String name) {
        String idNumber = ResidentIdNumber.withCheckCharacter("32060319850715" + SERIAL.getAndIncrement());
        Api.Response r = reviewer.postJson("/api/v1/officers", """
                {"name":"%s","idNumber":"%s","unitId":%d,"category":"综合行政执法"}"""
                .formatted(name, idNumber, unitId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    public Api.Response put(long id, String name, String etag) {
        return reviewer.putJson("/api/v1/officers/" + id, """
                {"name":"%s","unitId":%d,"category":"综合行政执法"}""".formatted(name, unitId), "If-Match", etag);
    }

    /** Asserts that a 409's text says the record was changed by {@value #WRITER}, with the moment. */
    public static void assertExplained(String detail) {
        Matcher m = EXPLAINED.matcher(detail);
        assertThat(m.find()).as(detail).isTrue();
        assertThat(m.group(1)).isEqualTo(WRITER);
    }

    /** A writer as a client does it: read the record, change it, send the change with the version it read. */
    private Write write(long id, String name) {
        Api.Response read = reviewer.get("/api/v1/officers/" + id);
        Api.Response r = put(id, name, read.header("ETag"));
        return new Write(id, name, Write.version(read.header("ETag")), r.status(), r.contentType(), r.header("ETag"),
                r.body(),
                r.header("X-Served-By"));
    }

    /** {@value #WRITERS} writers released at once, writer i on record i mod n; every answer is 200 or an explained 409. */
    public List<Write> race(List<Long> ids) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Write>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                long id = ids.get(i % ids.size());
                String name = "并发写入者" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return write(id, name);
                }));
            }
            start.countDown();
            List<Write> writes = new ArrayList<>();
            for (Future<Write> f : futures) {
                writes.add(f.get(120, TimeUnit.SECONDS));
            }
            for (Write w : writes) {
                assertThat(w.status()).as(w.body()).isIn(200, 409);
                if (w.status() == 409) {
                    assertThat(w.contentType()).startsWith("application/problem+json");
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
     * and each applied write (and no refused one) is one event of the record's audit trail, whose after-states
     * {@code auditedStates} gives.
     */
    public void assertNoLostUpdate(List<Write> writes, long id, LongFunction<List<String>> auditedStates) {
        List<Write> applied = writes.stream().filter(w -> w.officerId() == id && w.status() == 200)
                .sorted(Comparator.comparingLong(Write::version)).toList();
        assertThat(applied).isNotEmpty();
        Api.Response now = reviewer.get("/api/v1/officers/" + id);
        applied.forEach(w -> assertThat(w.version()).as(w.name()).isEqualTo(w.basedOn() + 1));
        long first = applied.get(0).version();
        assertThat(applied.stream().map(Write::version).toList())
                .containsExactlyElementsOf(LongStream.range(first, first + applied.size()).boxed().toList());
        assertThat(now.header("ETag")).isEqualTo(applied.get(applied.size() - 1).etag());
        assertThat(now.json().get("officer").get("name").asString()).isEqualTo(applied.get(applied.size() - 1).name());

        List<String> history = auditedStates.apply(id);
        for (Write w : writes.stream().filter(w -> w.officerId() == id).toList()) {
            long events = history.stream().filter(s -> s != null && s.contains("\"" + w.name() + "\"")).count();
            assertThat(events).as(w.name() + " " + w.status()).isEqualTo(w.status() == 200 ? 1 : 0);
        }
    }
}
