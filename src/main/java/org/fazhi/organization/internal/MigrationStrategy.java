package org.fazhi.organization.internal;

import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the database migrations, accepting the migrations whose comments were corrected after they had been applied.
 * Flyway refuses to start when an applied migration's checksum differs from its file, and a comment counts; the
 * versions listed here changed in comments only, so on a database that applied their earlier text the stored
 * checksum is brought up to date (Flyway's repair) before migrating. Any other mismatch still stops the start.
 */
@Configuration(proxyBeanMethods = false)
class MigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(MigrationStrategy.class);

    /** V3: a comment named a document outside the repository; it now points to docs/legal-basis.md. */
    static final Set<String> COMMENT_ONLY_CORRECTIONS = Set.of("3");

    @Bean
    FlywayMigrationStrategy correctedCommentsMigrate() {
        return flyway -> {
            acceptCommentCorrections(flyway);
            flyway.migrate();
        };
    }

    static void acceptCommentCorrections(Flyway flyway) {
        List<ValidateOutput> mismatches = flyway.validateWithResult().invalidMigrations.stream()
                .filter(o -> o.errorDetails != null && o.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                .toList();
        if (!mismatches.isEmpty()
                && mismatches.stream().allMatch(o -> COMMENT_ONLY_CORRECTIONS.contains(o.version))) {
            log.info("迁移脚本 V{} 仅更正了注释，更新其校验和", mismatches.stream().map(o -> o.version).toList());
            flyway.repair();
        }
    }
}
