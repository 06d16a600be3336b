package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The platform as an IT person starts it: on an H2 file database, twice. The first start sets the installation up,
 * a restart keeps everything and sets up nothing again.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static ConfigurableApplicationContext start(Path dir, boolean demo, String... more) {
        // command-line arguments, as an operator would pass them: they override application.properties
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/fazhi")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                "--fazhi.demo.enabled=" + demo,
                "--fazhi.files.dir=" + dir.resolve("files"),
                "--fazhi.audit.key-file=" + dir.resolve("audit.key"),
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(FazhiApplication.class).run(args.toArray(String[]::new));
    }

    private static Path fresh(String name) throws Exception {
        Path dir = Path.of("target", "first-start", name);
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        return dir;
    }

    private static long count(ConfigurableApplicationContext ctx, String table) {
        return ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void without_demo_data_the_first_start_creates_only_the_three_administrators_with_passwords_printed_once(
            CapturedOutput output) throws Exception {
        Path dir = fresh("no-demo");
        try (var ctx = start(dir, false)) {
            List<String> users = ctx.getBean(JdbcTemplate.class)
                    .queryForList("select username from app_user order by username", String.class);
            assertThat(users).containsExactly("admin", "auditor", "secadmin");
            // the printed passwords must be changed at the first login
            assertThat(count(ctx, "app_user where password_changed_at is null")).isEqualTo(3);
            assertThat(count(ctx, "installation_flag")).isZero();
            assertThat(count(ctx, "org_unit")).isEqualTo(1);
        }
        assertThat(output.getOut()).containsOnlyOnce("已创建三员管理员账户").contains("admin / ");

        try (var ctx = start(dir, false)) {
            assertThat(count(ctx, "app_user")).isEqualTo(3);
        }
        assertThat(output.getOut()).containsOnlyOnce("已创建三员管理员账户");
    }

    @Test
    void an_installation_that_applied_the_calendar_migration_before_its_comment_was_corrected_still_starts()
            throws Exception {
        Path dir = fresh("old-checksum");
        try (var ctx = start(dir, false)) {
            // the checksum V3 had before its comment was corrected
            ctx.getBean(JdbcTemplate.class).update("update flyway_schema_history set checksum = 12345 where version = '3'");
        }
        try (var ctx = start(dir, false)) {
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                    "select checksum from flyway_schema_history where version = '3'", Integer.class)).isNotEqualTo(12345);
            assertThat(count(ctx, "app_user")).isEqualTo(3);
        }
    }

    @Test
    void a_changed_migration_other_than_a_comment_correction_still_stops_the_start() throws Exception {
        Path dir = fresh("changed-migration");
        try (var ctx = start(dir, false)) {
            ctx.getBean(JdbcTemplate.class).update("update flyway_schema_history set checksum = 12345 where version = '4'");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(dir, false).close())
                .hasStackTraceContaining("checksum");
    }

    @Test
    void the_demo_data_is_loaded_once_and_kept_across_a_restart() throws Exception {
        Path dir = fresh("demo");
        long units;
        long events;
        try (var ctx = start(dir, true)) {
            units = count(ctx, "org_unit");
            events = count(ctx, "audit_event");
            assertThat(units).isEqualTo(1 + 2 + 26 + 3 + 2 * 6);
            assertThat(count(ctx, "app_user")).isEqualTo(21);
            assertThat(events).isGreaterThan(units);
        }
        try (var ctx = start(dir, true)) {
            assertThat(count(ctx, "org_unit")).isEqualTo(units);
            assertThat(count(ctx, "app_user")).isEqualTo(21);
        }
    }

    @Test
    void the_first_start_generates_the_audit_key_for_its_owner_only_and_a_start_without_it_is_refused()
            throws Exception {
        Path dir = fresh("audit-key");
        try (var ctx = start(dir, false)) {
            assertThat(ctx.getBean(org.fazhi.audit.AuditTrail.class).verify().intact()).isTrue();
        }
        Path key = dir.resolve("audit.key");
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        Path aside = dir.resolve("audit.key.backup");
        Files.move(key, aside);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(dir, false).close())
                .hasStackTraceContaining("FAZHI_AUDIT_KEY");
        assertThat(key).doesNotExist();

        Files.move(aside, key);
        try (var ctx = start(dir, false)) {
            assertThat(ctx.getBean(org.fazhi.audit.AuditTrail.class).verify().intact()).isTrue();
        }
    }

    @Test
    void a_demo_password_below_the_password_policy_stops_the_start_with_a_clear_message() throws Exception {
        Path dir = fresh("weak-demo");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(dir, true, "--fazhi.demo.password=demo"))
                .hasStackTraceContaining("FAZHI_DEMO_PASSWORD").hasStackTraceContaining("不符合密码策略");
    }

    @Test
    void a_demo_start_says_plainly_that_this_is_a_demonstration_installation(CapturedOutput output)
            throws Exception {
        Path dir = fresh("demo-log");
        try (var ctx = start(dir, true, "--fazhi.demo.password=Demo-Passw0rd")) {
            assertThat(count(ctx, "installation_flag where name = 'demo-data'")).isOne();
        }
        assertThat(output.getOut()).contains("Fazhi 演示环境").contains("不得用于真实工作");
    }
}
