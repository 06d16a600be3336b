package org.fazhi.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Empties the test database before migrating, so every test run starts from the same state. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestData.class)
public class TestConfig {

    @Bean
    @org.springframework.context.annotation.Primary
    FlywayMigrationStrategy cleanMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
