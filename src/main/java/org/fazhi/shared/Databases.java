package org.fazhi.shared;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database the platform runs on, for the few statements that take a faster form on PostgreSQL (a chunk's keys
 * in one {@code insert … on conflict}, audit events by {@code COPY}, full-text search); H2 takes the portable one.
 */
public final class Databases {

    private Databases() {
    }

    /** Whether {@code jdbc} talks to PostgreSQL; asked once, when a component is made. */
    public static boolean isPostgreSql(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
}
