package org.fazhi.publication.internal;

import java.sql.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How common a search term is, read from PostgreSQL's own statistics of {@code search_terms} (its most common
 * elements and their frequencies, kept by ANALYZE), cached for a few minutes. A term the statistics do not list is
 * rarer than the rarest one they do.
 */
@Component
class TermStatistics {

    private static final Duration REFRESH = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0, Instant.EPOCH);

    TermStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Snapshot(Map<String, Double> frequencies, double floor, double rows, Instant readAt) {
    }

    /** The expected number of published rows containing the term. */
    double expectedRows(String term) {
        Snapshot s = current();
        return s.frequencies().getOrDefault(term, s.floor()) * s.rows();
    }

    /** Whether ANALYZE found the term among the most common ones (else it is rarer than the rarest listed). */
    boolean listed(String term) {
        return current().frequencies().containsKey(term);
    }

    /** How many rows the publication table holds, as of the last ANALYZE. */
    double publishedRows() {
        return current().rows();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s.readAt().plus(REFRESH).isBefore(clock.instant())) {
            s = read();
            snapshot = s;
        }
        return s;
    }

    private Snapshot read() {
        Map<String, Double> freq = new HashMap<>();
        double[] floor = {0};
        jdbc.query("select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats "
                + "where tablename = 'publication' and attname = 'search_terms'", rs -> {
                    Array e = rs.getArray("elems");
                    Array f = rs.getArray("freqs");
                    if (e == null || f == null) {
                        return;
                    }
                    String[] elems = (String[]) e.getArray();
                    Object[] freqs = (Object[]) f.getArray();
                    double min = 1;
                    for (int i = 0; i < elems.length; i++) {
                        double v = ((Number) freqs[i]).doubleValue();
                        freq.put(elems[i], v);
                        min = Math.min(min, v);
                    }
                    floor[0] = min;
                });
        Double rows = jdbc.queryForObject("select greatest(reltuples, 0) from pg_class where relname = 'publication'",
                Double.class);
        return new Snapshot(Map.copyOf(freq), floor[0], rows == null ? 0 : rows, clock.instant());
    }
}
