package org.fazhi.support;

import java.sql.DriverManager;
import java.util.Locale;

/**
 * Which database the integration tests run on: {@code -Dfazhi.test.db=h2} (default) or {@code postgresql}. The
 * PostgreSQL of the machine is used ({@code FAZHI_TEST_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/fazhi_test},
 * user {@code postgres}). Where it cannot be reached the PostgreSQL run is skipped with a loud warning, except under
 * {@code CI=true}, where that is a failure.
 */
public final class TestDatabase {

    public static final String KIND = System.getProperty("fazhi.test.db", "h2").toLowerCase(Locale.ROOT);
    public static final String PG_URL = env("FAZHI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/fazhi_test");
    public static final String PG_USER = env("FAZHI_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = env("FAZHI_TEST_PG_PASSWORD", "");

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equals(KIND);
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Whether the PostgreSQL server answers; creates the test database on a server that lacks it. */
    public static boolean postgresReachable() {
        try (var c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            return c.isValid(5);
        } catch (Exception e) {
            int slash = PG_URL.lastIndexOf('/');
            try (var c = DriverManager.getConnection(PG_URL.substring(0, slash) + "/postgres", PG_USER, PG_PASSWORD);
                 var st = c.createStatement()) {
                st.execute("create database " + PG_URL.substring(slash + 1));
                return true;
            } catch (Exception again) {
                return false;
            }
        }
    }

    /**
     * On the PostgreSQL run, aborts the calling tests (a loud warning) where PostgreSQL cannot be reached, or fails
     * under {@code CI=true}; {@code what} names the tests in the warning.
     */
    public static void requireReachable(String what) {
        if (postgres() && !postgresReachable()) {
            if (ci()) {
                throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + PG_URL);
            }
            System.err.println("\n!!!!! PostgreSQL is not reachable at " + PG_URL + ": " + what
                    + " are SKIPPED on this machine. !!!!!\n");
            org.junit.jupiter.api.Assumptions.abort("PostgreSQL not reachable");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
