package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.Api;
import org.fazhi.support.ConcurrentWriters;
import org.fazhi.support.ConcurrentWriters.Write;
import org.fazhi.support.DisputeLedgerFile;
import org.fazhi.support.StaffSession;
import org.fazhi.support.TestDatabase;
import org.fazhi.support.nodes.LoopbackBalancer;
import org.fazhi.support.nodes.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real platform processes on one PostgreSQL behind a load balancer that sends each request to the other node in
 * turn (see {@link TwoNodes}): a signed-in user stays signed in wherever a request lands, an import started on one
 * node is followed to its end on the other, a hundred concurrent writers across both nodes lose no update and every
 * refusal names who changed the record, and a node killed with {@code kill -9} in the middle of a large import leaves
 * whole chunks only, its job shown interrupted, and the same file imported again completes it without a duplicate.
 * The nodes start once for the class. {@code -Dfazhi.nodes.import-rows=100000} runs the crash at the full size of the
 * benchmark (default 20,000 rows).
 */
@Tag("nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String PASSWORD = TwoNodes.PASSWORD;
    private static final String LEDGER = "矛盾纠纷台账";
    private static final List<String> VILLAGES = List.of("林西村", "叠石桥社区", "三星社区", "东兴村");
    /** Rows imported in one transaction (LedgerImportService.CHUNK): an interrupted import keeps a multiple of it. */
    private static final int CHUNK = 200;
    private static final int CRASH_ROWS = Integer.getInteger("fazhi.nodes.import-rows", 20_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern JOB = Pattern.compile("/imports/jobs/([0-9a-f-]{36})");

    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "several nodes share a PostgreSQL");
        TestDatabase.requireReachable("the two-node tests");
        long t0 = System.nanoTime();
        nodes = TwoNodes.start(Path.of("target", "nodes"));
        System.out.printf("two nodes ready behind %s in %.1f s (logs: target/nodes/)%n", nodes.baseUrl(),
                (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void stopTwoNodes() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static String servedBy(HttpResponse<?> r) {
        return r.headers().firstValue(LoopbackBalancer.SERVED_BY).orElseThrow();
    }

    private static Api api(String username) {
        return new Api.Builder(nodes.port()).basic(username, PASSWORD).build();
    }

    private static boolean auditChainIntact() {
        Api.Response r = api("auditor").get("/api/v1/audit/verify");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("intact").asBoolean();
    }

    @Test
    @Order(1)
    void a_user_signs_in_on_one_node_and_stays_signed_in_on_the_other() {
        StaffSession browser = StaffSession.anonymous(nodes.baseUrl());
        HttpResponse<String> form = browser.get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> login = browser.send("/login", b -> b
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=leader&password=" + PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8))));

        // the form's token was issued by one node and accepted by the other: it lives in the shared session
        assertThat(servedBy(login)).isEqualTo(nodes.other(servedBy(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        Set<String> servers = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page = browser.get("/dashboard");
            assertThat(page.statusCode()).as("request %d on %s", i, servedBy(page)).isEqualTo(200);
            assertThat(page.body()).contains("logout");
            servers.add(servedBy(page));
        }
        assertThat(servers).containsExactlyInAnyOrder("node-a", "node-b");
    }

    /** Starts an import through the balancer as the page does; the job's id and the node that runs it. */
    private record Started(String id, String node) {
    }

    private static Started startImport(StaffSession mediator, byte[] file) {
        HttpResponse<String> r = mediator.htmxUpload("/imports", "ledger=" + LEDGER, "矛盾纠纷台账.csv", file);
        String redirect = r.headers().firstValue("HX-Redirect").orElse("");
        Matcher id = JOB.matcher(redirect);
        assertThat(id.find()).as("%d %s", r.statusCode(), r.body()).isTrue();
        return new Started(id.group(1), servedBy(r));
    }

    private record Progress(JsonNode json, String servedBy) {
    }

    private static Progress progress(StaffSession user, String jobId) {
        HttpResponse<String> r = user.get("/imports/jobs/" + jobId + "/progress");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new Progress(JSON.readTree(r.body()), servedBy(r));
    }

    /** Polls until a response from {@code node} says the job is done (or the node is the only one left). */
    private static Progress awaitDone(StaffSession user, String jobId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Progress p = progress(user, jobId);
            if (p.json().get("done").asBoolean()) {
                return p;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + jobId + " not done within " + within);
    }

    private static long disputesLabelled(String label) {
        return nodes.jdbc().queryForObject("select count(*) from mediation_dispute where summary like ?", Long.class,
                label + "第%");
    }

    @Test
    @Order(2)
    void an_import_started_on_one_node_is_followed_to_its_end_on_the_other() throws Exception {
        StaffSession mediator = StaffSession.signIn(nodes.baseUrl(), "mediator", PASSWORD);
        Started job = startImport(mediator, DisputeLedgerFile.csv(1_000, VILLAGES, "跨节点导入纠纷"));

        List<String> followers = new ArrayList<>();
        Progress last = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        // followed until the node that did not import says it is done
        while (System.nanoTime() < deadline) {
            last = progress(mediator, job.id());
            followers.add(last.servedBy());
            if (last.json().get("done").asBoolean() && !last.servedBy().equals(job.node())) {
                break;
            }
            Thread.sleep(100);
        }

        assertThat(followers).contains(nodes.other(job.node()));
        assertThat(last.servedBy()).isEqualTo(nodes.other(job.node()));
        assertThat(last.json().get("state").asString()).isEqualTo("DONE");
        assertThat(last.json().get("imported").asInt()).isEqualTo(1_000);
        Set<String> pages = new LinkedHashSet<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = mediator.get("/imports/jobs/" + job.id());
            assertThat(page.body()).as("on %s", servedBy(page)).contains("导入 1,000 行，跳过（已导入过）0 行，未导入 0 行。");
            pages.add(servedBy(page));
        }
        assertThat(pages).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(disputesLabelled("跨节点导入纠纷")).isEqualTo(1_000);
    }

    @Test
    @Order(3)
    void a_hundred_writers_across_both_nodes_lose_no_update_and_every_refusal_names_who_changed_the_record()
            throws Exception {
        long sanxing = nodes.jdbc().queryForObject("select id from org_unit where name = '三星镇'", Long.class);
        ConcurrentWriters writers = new ConcurrentWriters(api(ConcurrentWriters.WRITER), sanxing);
        long one = writers.register("两节点并发（同一记录）");
        List<Long> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(writers.register("两节点并发（多条记录" + i + "）"));
        }

        long t0 = System.nanoTime();
        List<Write> onOne = writers.race(List.of(one));
        double oneSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        List<Write> onTen = writers.race(ten);
        double tenSeconds = (System.nanoTime() - t0) / 1e9;

        assertThat(onOne).extracting(Write::servedBy).contains("node-a", "node-b");
        assertThat(onTen).extracting(Write::servedBy).contains("node-a", "node-b");
        assertThat(onOne).filteredOn(w -> w.status() == 409).isNotEmpty();
        writers.assertNoLostUpdate(onOne, one, TwoNodesTest::auditedStates);
        for (long id : ten) {
            writers.assertNoLostUpdate(onTen, id, TwoNodesTest::auditedStates);
        }
        assertThat(auditChainIntact()).isTrue();
        System.out.printf("two nodes, %d writers (read + conditional write each): one record %.2f s (%d applied), "
                        + "ten records %.2f s (%d applied)%n", ConcurrentWriters.WRITERS, oneSeconds,
                onOne.stream().filter(w -> w.status() == 200).count(), tenSeconds,
                onTen.stream().filter(w -> w.status() == 200).count());
    }

    private static List<String> auditedStates(long officerId) {
        return nodes.jdbc().queryForList("select after_state from audit_event where entity_type = "
                + "'EnforcementOfficer' and entity_id = ? order by seq_no", String.class, String.valueOf(officerId));
    }

    @Test
    @Order(4)
    void a_node_killed_during_a_large_import_leaves_whole_chunks_and_the_same_file_completes_it_without_duplicates()
            throws Exception {
        String label = "断电导入纠纷";
        byte[] file = DisputeLedgerFile.csv(CRASH_ROWS, VILLAGES, label);
        StaffSession mediator = StaffSession.signIn(nodes.baseUrl(), "mediator", PASSWORD);
        Started job = startImport(mediator, file);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (progress(mediator, job.id()).json().get("processed").asLong() < Math.min(CRASH_ROWS / 4, 5 * CHUNK)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        nodes.kill(job.node());
        // a COMMIT the node sent just before it died still completes in PostgreSQL: let it land before counting
        Thread.sleep(1_000);

        long kept = disputesLabelled(label);
        assertThat(kept).as("rows imported before the kill").isBetween((long) CHUNK, CRASH_ROWS - 1L);
        assertThat(kept % CHUNK).as("only whole chunks of %d rows: %d", CHUNK, kept).isZero();
        assertThat(nodes.jdbc().queryForObject("select count(*) from ledger_import_key where natural_key like ?",
                Long.class, "%" + label + "第%")).as("an import key for each row kept, none for another").isEqualTo(kept);
        assertThat(nodes.jdbc().queryForObject("select count(*) from mediation_dispute d where d.summary like ? and "
                        + "not exists (select 1 from audit_event a where a.entity_type = 'Dispute' "
                        + "and a.entity_id = cast(d.id as varchar(40)))", Long.class, label + "第%"))
                .as("rows kept without their audit event").isZero();
        assertThat(auditChainIntact()).isTrue();

        long restart = System.nanoTime();
        nodes.restart(job.node());
        double restartSeconds = (System.nanoTime() - restart) / 1e9;

        // the restarted node marked its job interrupted at once; both nodes show it so
        for (int i = 0; i < 2; i++) {
            Progress p = progress(mediator, job.id());
            assertThat(p.json().get("state").asString()).as("on %s", p.servedBy()).isEqualTo("INTERRUPTED");
            assertThat(p.json().get("imported").asLong()).isEqualTo(kept);
        }
        assertThat(mediator.get("/imports/jobs/" + job.id()).body())
                .contains("导入中断：服务重启，已导入的整块数据保留，可再次导入同一文件，已导入的行不会重复");

        long again = System.nanoTime();
        Started second = startImport(mediator, file);
        Progress done = awaitDone(mediator, second.id(), Duration.ofMinutes(5));
        double againSeconds = (System.nanoTime() - again) / 1e9;

        assertThat(done.json().get("state").asString()).isEqualTo("DONE");
        assertThat(done.json().get("imported").asLong()).isEqualTo(CRASH_ROWS - kept);
        assertThat(done.json().get("skipped").asLong()).isEqualTo(kept);
        assertThat(disputesLabelled(label)).isEqualTo(CRASH_ROWS);
        assertThat(nodes.jdbc().queryForObject("select count(distinct summary) from mediation_dispute "
                + "where summary like ?", Long.class, label + "第%")).as("no duplicate").isEqualTo(CRASH_ROWS);
        assertThat(auditChainIntact()).isTrue();
        System.out.printf("kill -9 of %s after %d of %d rows; restart %.1f s; the same file again: %d imported, "
                        + "%d skipped in %.1f s (%.0f rows/s)%n", job.node(), kept, CRASH_ROWS, restartSeconds,
                CRASH_ROWS - kept, kept, againSeconds, CRASH_ROWS / againSeconds);
    }
}
