package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fazhi.files.FileStore;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operator's backup and restore ({@code bin/backup}, {@code bin/restore}) on PostgreSQL, as documented in the
 * README: the platform's database and file store are backed up while it runs, restored into another database over data
 * changed since, and the restored copy proves itself — its audit chain verifies with the installation's key and every
 * stored file matches the hash it is stored under. (The embedded H2's path of the scripts uses H2's own
 * {@code Backup}/{@code Restore} tools on a stopped platform, shown here on a file database of its own.)
 */
class BackupAndRestoreTest extends IntegrationTest {

    @Autowired
    ChainKey key;

    @Autowired
    FileStore files;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${fazhi.files.dir}")
    Path filesDir;

    @TempDir
    Path work;

    private final String restoredUrl = TestDatabase.PG_URL + "_restored";

    @AfterEach
    void dropRestoredDatabase() throws SQLException {
        if (TestDatabase.postgres()) {
            try (Connection c = admin()) {
                c.createStatement().execute("drop database if exists " + dbName(restoredUrl));
            }
        }
    }

    @Test
    void aBackupRestoredOverChangedDataVerifiesItsAuditChainAndEveryFileMatchesItsHash() throws Exception {
        assumeTrue(TestDatabase.postgres(), "bin/backup on a running platform is the PostgreSQL path");
        String stored = store("备份前的附件 " + System.nanoTime());
        long eventsAtBackup = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        Path backup = work.resolve("backup");
        run(Map.of("SPRING_DATASOURCE_URL", TestDatabase.PG_URL, "FAZHI_FILES_DIR", filesDir.toString()),
                "bin/backup", backup.toString());
        assertThat(backup.resolve("database.dump")).exists();

        Path restoredFiles = work.resolve("restored-files");
        Map<String, String> target = Map.of("SPRING_DATASOURCE_URL", restoredUrl,
                "FAZHI_FILES_DIR", restoredFiles.toString());
        try (Connection c = admin()) {
            c.createStatement().execute("drop database if exists " + dbName(restoredUrl));
            c.createStatement().execute("create database " + dbName(restoredUrl));
        }
        run(target, "bin/restore", backup.toString());

        // the restored copy is then changed — an audit event altered, a stray file added — and restored over again
        JdbcTemplate restored = restoredJdbc();
        restored.update("update audit_event set reason = '改动' where seq_no = (select max(seq_no) from audit_event)");
        Files.writeString(restoredFiles.resolve("stray.txt"), "不属于备份");
        assertThat(new JdbcAuditTrail(restored, key).verify().intact()).isFalse();
        run(target, "bin/restore", backup.toString());

        assertThat(new JdbcAuditTrail(restored, key).verify().intact()).isTrue();
        assertThat(restored.queryForObject("select count(*) from audit_event", Long.class))
                .isGreaterThanOrEqualTo(eventsAtBackup);
        assertThat(restoredFiles.resolve("stray.txt")).doesNotExist();
        Set<String> restoredHashes = hashesIn(restoredFiles);
        assertThat(restoredHashes).contains(stored).containsAll(hashesIn(filesDir));
        for (String hash : restoredHashes) {
            assertThat(sha256(pathOf(restoredFiles, hash))).isEqualTo(hash);
        }
    }

    @Test
    void aBackupWhoseFilesWereDamagedIsNotRestored() throws Exception {
        assumeTrue(TestDatabase.postgres(), "bin/backup on a running platform is the PostgreSQL path");
        String stored = store("损坏的附件 " + System.nanoTime());
        Path backup = work.resolve("backup");
        run(Map.of("SPRING_DATASOURCE_URL", TestDatabase.PG_URL, "FAZHI_FILES_DIR", filesDir.toString()),
                "bin/backup", backup.toString());
        Files.writeString(pathOf(backup.resolve("files"), stored), "被改过");

        Path restoredFiles = work.resolve("restored-files");
        Files.createDirectories(restoredFiles);
        Files.writeString(restoredFiles.resolve("existing.txt"), "原有内容");
        ProcessResult result = exec(Map.of("SPRING_DATASOURCE_URL", restoredUrl,
                "FAZHI_FILES_DIR", restoredFiles.toString()), "bin/restore", backup.toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("nothing restored");
        assertThat(restoredFiles.resolve("existing.txt")).hasContent("原有内容");
    }

    @Test
    void theEmbeddedDatabaseIsBackedUpAndRestoredWithH2sOwnTools() throws Exception {
        Path data = Files.createDirectories(work.resolve("data/db"));
        String url = "jdbc:h2:file:" + data.resolve("fazhi");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table ledger_row (id int); insert into ledger_row values (1)");
        }
        Path storeDir = Files.createDirectories(work.resolve("files"));
        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", url + ";MODE=PostgreSQL", "FAZHI_FILES_DIR",
                storeDir.toString(), "FAZHI_H2_JAR",
                Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        run(env, "bin/backup", work.resolve("backup").toString());
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("insert into ledger_row values (2)");
        }

        run(env, "bin/restore", work.resolve("backup").toString());

        try (Connection c = DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("select count(*) from ledger_row")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private String store(String text) throws Exception {
        Path content = Files.writeString(work.resolve("content.txt"), text, StandardCharsets.UTF_8);
        String hash = sha256(content);
        files.put(hash, content);
        return hash;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Set<String> hashesIn(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            Set<String> hashes = new TreeSet<>();
            all.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).getNameCount() == 3)
                    .forEach(p -> hashes.add(p.getFileName().toString()));
            return hashes;
        }
    }

    private static Path pathOf(Path root, String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private JdbcTemplate restoredJdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(restoredUrl, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD));
    }

    private static Connection admin() throws SQLException {
        String url = TestDatabase.PG_URL.substring(0, TestDatabase.PG_URL.lastIndexOf('/')) + "/postgres";
        return DriverManager.getConnection(url, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
    }

    private static String dbName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void run(Map<String, String> env, String... command) throws Exception {
        ProcessResult result = exec(env, command);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private static ProcessResult exec(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("SPRING_DATASOURCE_USERNAME", TestDatabase.PG_USER);
        environment.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PG_PASSWORD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new ProcessResult(process.exitValue(), output);
    }

    private record ProcessResult(int exitCode, String output) {
    }
}
