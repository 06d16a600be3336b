package org.fazhi.publication.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.PublicQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 公示查询 — the public search over a town's published decisions: redacted text only, published and withdrawn (as
 * stubs) decisions only, newest decision first. On PostgreSQL the term index narrows the rows; the {@code LIKE} confirms
 * the exact words. {@code total} is capped for very broad terms, where counting every match would cost more than
 * the page itself.
 */
@Component
public class PublicDecisionQuery {

    /**
     * A broader match than this reports this many: counting every match of a term found in most decisions costs more
     * than the page itself, and nobody pages through more than fifty pages of a public list.
     */
    public static final int MAX_TOTAL = 1_000;

    /** Published decisions and the stubs of withdrawn ones, of one town (the first parameter). */
    private static final String PUBLIC = " from publication where status in ('PUBLISHED', 'WITHDRAWN')"
            + " and published_on is not null and town_id = ?";
    private static final String COLUMNS = "id, town_id, case_number, decision_number, title, party_name, party_type, "
            + "violation, basis, penalty, fine_amount, decided_on, publication_due_on, published_on, status, "
            + "withdrawal_reason";
    /** The text a query is compared with. */
    private static final String TEXT = "lower(search_text)";
    /** The text a case number is compared with: numbers in their issued form ({@link PublicQuery#ISSUED_ORDINAL}). */
    private static final String TEXT_ISSUED = "lower(replace(search_text, '" + PublicQuery.ISSUED_ORDINAL + "', '〕'))";

    /**
     * A term expected in more published decisions than this is "broad": the newest matches are then found by walking
     * the date index and testing the text, which reaches twenty matches after a few hundred rows; a rarer term is
     * looked up in the GIN index of terms, which finds its few rows at once.
     */
    static final double BROAD_ROWS = 5_000;

    private final JdbcTemplate jdbc;
    private final PublicationSearchIndex index;
    private final TermStatistics statistics;
    private final PublicSearchCache cache;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    PublicDecisionQuery(JdbcTemplate jdbc, PublicationSearchIndex index, TermStatistics statistics,
                        javax.sql.DataSource dataSource, PublicSearchCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.index = index;
        this.statistics = statistics;
        // a plain JDBC transaction (for SET LOCAL): the public search reads no entity, so it opens no JPA session
        this.tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.support.JdbcTransactionManager(dataSource));
        this.tx.setReadOnly(true);
    }

    /** One decision as the public sees it; a withdrawn one is a stub: its texts are gone, its reason is there. */
    public record PublicDecision(long id, long townId, String caseNumber, String decisionNumber, String title, String partyName,
                                 PartyType partyType, String violation, String basis, String penalty,
                                 BigDecimal fineAmount, LocalDate decidedOn, LocalDate publicationDueOn,
                                 LocalDate publishedOn, String status, String withdrawalReason) {
    }

    public record Result(long total, List<PublicDecision> items) {
    }

    /**
     * The town's published decisions matching the query, read as every public search reads it ({@link PublicQuery}): a
     * case or decision number however it was typed ({@code [2024]第33号}, {@code 2024-33}) finds the decision.
     */
    public Result search(long townId, String query, int page, int size) {
        Search s = Search.of(townId, query);
        return cache.get(townId + "\u0000" + s.number() + "\u0000" + SearchTerms.normalise(s.text()) + "\u0000" + page
                + "\u0000" + size, () -> find(s, page, size));
    }

    /** The search without the answer cache: what every new question costs (benchmarks measure this). */
    public Result searchWithoutCache(long townId, String query, int page, int size) {
        return find(Search.of(townId, query), page, size);
    }

    /** One published decision (or the stub of a withdrawn one), whatever its town. */
    public Optional<PublicDecision> get(long id) {
        return jdbc.query("select " + COLUMNS + " from publication where status in ('PUBLISHED', 'WITHDRAWN')"
                + " and published_on is not null and id = ?", (rs, i) -> row(rs), id).stream().findFirst();
    }

    /**
     * A query as run: the town, the text compared and whether it is a case number (then compared with the numbers in
     * their issued form).
     */
    private record Search(long townId, String text, boolean number) {

        static Search of(long townId, String query) {
            Optional<String> number = PublicQuery.caseNumber(query);
            return new Search(townId, number.orElseGet(() -> PublicQuery.text(query)), number.isPresent());
        }

        String column() {
            return number ? TEXT_ISSUED : TEXT;
        }
    }

    private Result find(Search s, int page, int size) {
        String q = s.text();
        Set<String> terms = q.isEmpty() ? Set.of() : SearchTerms.ofQuery(q);
        if (!index.postgres() || q.isEmpty()) {
            return run(s, List.of(), page, size, -1);
        }
        Optional<String> number = terms.stream()
                .filter(t -> t.startsWith(SearchTerms.NUMBER) && !statistics.listed(t)).findFirst();
        if (number.isPresent()) {
            // A whole number that ANALYZE does not count among the common terms is in fewer decisions than the rarest
            // common term, and in practice it is an identifier (a case's serial number, an amount): its entry in the
            // GIN index holds its few rows, and the text check confirms the exact words. Without this a query such
            // as 第1234号, whose every pair is common, would first be probed against the newest decisions.
            return run(s, List.of(number.get()), page, size, -1);
        }
        double rarestTerm = terms.stream().mapToDouble(statistics::expectedRows).min().orElse(0);
        double expected = rarestTerm < BROAD_ROWS ? rarestTerm
                : terms.size() == 1 ? rarestTerm : probe(s) * statistics.publishedRows();
        if (expected >= BROAD_ROWS) {
            // newest first along the date index, testing the text: twenty matches come after a few hundred rows
            return run(s, List.of(), page, size, (long) expected);
        }
        // A rare query takes the GIN index, through its two rarest terms: they narrow the rows as well as all of them,
        // at a fraction of the index reads.
        List<String> rarest = terms.stream()
                .sorted(java.util.Comparator.comparingDouble(statistics::expectedRows)).limit(2).toList();
        if (rarestTerm < BROAD_ROWS) {
            return run(s, rarest, page, size, -1);
        }
        // Every term is common but the phrase is rare (the probe said so): the planner, judging by the terms, would
        // walk the date index through the whole table, so it is told to use the GIN index; and no parallel workers for
        // a query this short.
        return tx.execute(status -> {
            jdbc.execute("set local max_parallel_workers_per_gather = 0; set local enable_seqscan = off; "
                    + "set local enable_indexscan = off");
            return run(s, rarest, page, size, -1);
        });
    }

    /** How many of the newest decisions a broad query is read against to estimate how common it is. */
    static final int PROBE_ROWS = 2_000;

    /**
     * The share of the town's newest {@value #PROBE_ROWS} published decisions that match: each of a query's character
     * pairs may be common while the phrase is rare (第1234号), which only the text can tell.
     */
    private double probe(Search s) {
        Long hits = jdbc.queryForObject("select count(*) from (select search_text" + PUBLIC
                        + " order by decided_on desc, id desc limit " + PROBE_ROWS + ") w"
                        + " where " + s.column() + " like ? escape '\\'", Long.class, s.townId(),
                "%" + org.fazhi.shared.Like.escape(SearchTerms.normalise(s.text())) + "%");
        return hits == null ? 0 : hits / (double) PROBE_ROWS;
    }

    /**
     * @param terms     the terms to look up in the GIN index (none: the text alone decides)
     * @param estimated for a single broad term, the statistics' estimate of its matches (used when it is far above
     *                  the cap, where a count would only confirm the cap); otherwise -1
     */
    private Result run(Search s, List<String> terms, int page, int size, long estimated) {
        String q = s.text();
        List<Object> args = new ArrayList<>();
        args.add(s.townId());
        StringBuilder where = new StringBuilder(PUBLIC);
        if (!q.isEmpty()) {
            if (!terms.isEmpty()) {
                where.append(" and search_terms @> ?");
                args.add(terms.toArray(String[]::new));
            }
            where.append(" and ").append(s.column()).append(" like ? escape '\\'");
            args.add("%" + org.fazhi.shared.Like.escape(SearchTerms.normalise(q)) + "%");
        }
        if ((long) page * size >= MAX_TOTAL) {
            return new Result(estimated >= 5L * MAX_TOTAL ? MAX_TOTAL : count(where.toString(), args), List.of());
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        if (!terms.isEmpty()) {
            // The index narrowed the matches to a few: one statement counts them beside the page (one round trip
            // instead of two); only a page past the last match needs the count on its own.
            long[] matches = {-1};
            List<PublicDecision> items = query("select " + COLUMNS + ", count(*) over () as matches" + where
                    + " order by decided_on desc, id desc limit ? offset ?", pageArgs, matches);
            long total = matches[0] >= 0 ? Math.min(matches[0], MAX_TOTAL)
                    : page == 0 ? 0 : count(where.toString(), args);
            return new Result(total, items);
        }
        long total = estimated >= 5L * MAX_TOTAL ? MAX_TOTAL : count(where.toString(), args);
        List<PublicDecision> items = query("select " + COLUMNS + where
                + " order by decided_on desc, id desc limit ? offset ?", pageArgs, null);
        return new Result(total, items);
    }

    private long count(String where, List<Object> args) {
        List<Object> a = new ArrayList<>(args);
        a.add(MAX_TOTAL);
        Long n = jdbc.query(con -> prepare(con.prepareStatement("select count(*) from (select 1" + where
                + " limit ?) t"), con, a), rs -> rs.next() ? rs.getLong(1) : 0L);
        return n == null ? 0 : n;
    }

    /** @param matches where the statement's {@code matches} column is read into, when it has one */
    private List<PublicDecision> query(String sql, List<Object> args, long[] matches) {
        return jdbc.query(con -> prepare(con.prepareStatement(sql), con, args), (rs, i) -> {
            if (matches != null) {
                matches[0] = rs.getLong("matches");
            }
            return row(rs);
        });
    }

    private static PreparedStatement prepare(PreparedStatement ps, java.sql.Connection con, List<Object> args)
            throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof String[] arr) {
                ps.setArray(i + 1, con.createArrayOf("text", arr));
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return ps;
    }

    private static PublicDecision row(ResultSet rs) throws SQLException {
        boolean withdrawn = "WITHDRAWN".equals(rs.getString("status"));
        return new PublicDecision(rs.getLong("id"), rs.getLong("town_id"), rs.getString("case_number"), rs.getString("decision_number"),
                rs.getString("title"), withdrawn ? null : rs.getString("party_name"),
                withdrawn ? null : PartyType.valueOf(rs.getString("party_type")),
                withdrawn ? null : rs.getString("violation"), withdrawn ? null : rs.getString("basis"),
                withdrawn ? null : rs.getString("penalty"), withdrawn ? null : rs.getBigDecimal("fine_amount"),
                date(rs, "decided_on"), date(rs, "publication_due_on"), date(rs, "published_on"),
                rs.getString("status"), withdrawn ? rs.getString("withdrawal_reason") : null);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
