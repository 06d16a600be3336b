package org.fazhi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The benchmarks' own PostgreSQL databases (local, user postgres, trust authentication), created on first use. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Connects to the database of {@code url}, creating it first when it does not exist yet. */
    static Connection connect(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url, "postgres", "");
        } catch (SQLException e) {
            String admin = url.substring(0, url.lastIndexOf('/')) + "/postgres";
            try (Connection c = DriverManager.getConnection(admin, "postgres", ""); var st = c.createStatement()) {
                st.execute("create database " + url.substring(url.lastIndexOf('/') + 1));
            }
            return DriverManager.getConnection(url, "postgres", "");
        }
    }
}
