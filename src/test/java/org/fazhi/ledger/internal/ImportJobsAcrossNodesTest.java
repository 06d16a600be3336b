package org.fazhi.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerColumn;
import org.fazhi.ledger.LedgerFormat;
import org.fazhi.ledger.LedgerKey;
import org.fazhi.ledger.LedgerRow;
import org.fazhi.ledger.Ledgers;
import org.fazhi.ledger.internal.ImportJob.State;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.NotFound;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Several nodes on one database: an import started on one node is followed on another, and an import whose node
 * died is shown interrupted, keeps only whole chunks and is completed by importing the same file again.
 */
class ImportJobsAcrossNodesTest extends IntegrationTest {

    private static final String LEDGER = "组织机构台账";

    @Autowired
    ImportJobs jobs;

    @Autowired
    LedgerImportService imports;

    @Autowired
    ImportJobStore store;

    @Autowired
    Clock clock;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    /** Another node of the cluster: its own job runner, the same database. */
    private ImportJobs node(String nodeId) {
        return new ImportJobs(imports, store, clock, nodeId);
    }

    private static MockMultipartFile file(String... villages) {
        String[] lines = new String[villages.length + 1];
        lines[0] = "名称,类型,上级单位";
        for (int i = 0; i < villages.length; i++) {
            lines[i + 1] = villages[i] + ",村,三星镇";
        }
        return new MockMultipartFile("file", "组织机构.csv", "text/csv", Ledgers.csv(StandardCharsets.UTF_8, false, lines));
    }

    private int unitsNamed(String name) {
        return jdbc.queryForObject("select count(*) from org_unit where name = ?", Integer.class, name);
    }

    private boolean auditChainIntact() {
        return api("auditor").get("/api/v1/audit/verify").json().get("intact").asBoolean();
    }

    @Test
    void an_import_started_on_one_node_is_followed_to_its_end_on_another() throws Exception {
        ImportJobs otherNode = node("node-b");
        String id = runAs.as("admin", () -> jobs.start(LEDGER, file("跨节点甲村", "跨节点乙村")).id());

        ImportJob seen = runAs.as("admin", () -> otherNode.get(id));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!seen.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = runAs.as("admin", () -> otherNode.get(id));
        }

        assertThat(seen.state()).isEqualTo(State.DONE);
        assertThat(seen.getImported()).isEqualTo(2);
        assertThat(seen.getProcessed()).isEqualTo(2);
        assertThat(runAs.as("admin", otherNode::mine)).extracting(ImportJob::id).contains(id);
        assertThatThrownBy(() -> runAs.as("leader", () -> otherNode.get(id))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_node_that_starts_again_marks_its_unfinished_imports_interrupted() {
        String id = UUID.randomUUID().toString();
        store.create(id, "admin", LEDGER, "组织机构.csv", "zh-CN", "node-c", clock.instant());

        node("node-c");

        assertThat(store.find(id).orElseThrow().state()).isEqualTo(State.INTERRUPTED);
    }

    @Test
    void a_node_killed_in_the_middle_of_a_chunk_leaves_whole_chunks_only_and_the_same_file_completes_it()
            throws Exception {
        MockMultipartFile file = file("断点甲村", "断点乙村", "断点丙村", "断点丁村", "断点戊村");
        String id = UUID.randomUUID().toString();
        store.create(id, "admin", LEDGER, "组织机构.csv", "zh-CN", "node-killed", clock.instant());
        Path upload = Files.createTempFile("ledger", ".csv");
        Files.write(upload, file.getBytes());
        try {
            // chunks of two rows: the first chunk commits; the node dies saving the fourth village, the third saved just before
            runAs.as("admin", () -> {
                LedgerFormat<Object> format = dyingAtSave(4, imports.ledger(LEDGER));
                assertThatThrownBy(() -> imports.run(format, imports.prepare(format, upload), jobs.progressOf(id), 2))
                        .isInstanceOf(NodeKilled.class);
            });
        } finally {
            Files.deleteIfExists(upload);
        }
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(State.RUNNING);

        // the node stopped telling it follows the job three minutes ago; any node's sweep marks it interrupted
        jdbc.update("update ledger_import_job set heartbeat_at = ? where id = ?",
                Instant.now(clock).minus(Duration.ofMinutes(3)).atOffset(java.time.ZoneOffset.UTC), id);
        jobs.sweep();

        ImportJob interrupted = store.find(id).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(State.INTERRUPTED);
        assertThat(interrupted.getImported()).isEqualTo(2);
        StaffSession admin = StaffSession.signIn(baseUrl(), "admin", PASSWORD);
        assertThat(admin.get("/imports/jobs/" + id).body())
                .contains("导入中断：服务重启，已导入的整块数据保留，可再次导入同一文件，已导入的行不会重复");
        assertThat(admin.get("/imports").body()).contains("导入中断");
        assertThat(List.of(unitsNamed("断点甲村"), unitsNamed("断点乙村"), unitsNamed("断点丙村"))).containsExactly(1, 1, 0);
        assertThat(auditChainIntact()).isTrue();

        ImportReport again = runAs.as("admin", () -> imports.importFile(LEDGER, file));

        assertThat(again.imported()).isEqualTo(3);
        assertThat(again.skipped()).isEqualTo(2);
        for (String name : List.of("断点甲村", "断点乙村", "断点丙村", "断点丁村", "断点戊村")) {
            assertThat(unitsNamed(name)).as(name).isEqualTo(1);
        }
        assertThat(auditChainIntact()).isTrue();
    }

    /** What a kill -9 does to the thread importing: it stops wherever it is, no handler runs. */
    private static final class NodeKilled extends Error {
    }

    /** The ledger, except that the node dies during its {@code n}-th save. */
    @SuppressWarnings("unchecked")
    private static LedgerFormat<Object> dyingAtSave(int n, LedgerFormat<?> real) {
        LedgerFormat<Object> delegate = (LedgerFormat<Object>) real;
        AtomicInteger saves = new AtomicInteger();
        return new LedgerFormat<>() {
            @Override
            public String name() {
                return delegate.name();
            }

            @Override
            public String authority() {
                return delegate.authority();
            }

            @Override
            public java.util.Set<String> authorities() {
                return delegate.authorities();
            }

            @Override
            public String columnOf(String field) {
                return delegate.columnOf(field);
            }

            @Override
            public List<LedgerColumn> columns() {
                return delegate.columns();
            }

            @Override
            public Object read(LedgerRow row) {
                return delegate.read(row);
            }

            @Override
            public LedgerKey keyOf(Object command) {
                return delegate.keyOf(command);
            }

            @Override
            public void save(Object command) {
                if (saves.incrementAndGet() == n) {
                    throw new NodeKilled();
                }
                delegate.save(command);
            }
        };
    }
}
