package org.fazhi.publication.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.publication.PartyType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 公示查询 — the public search over published decisions: redacted text only, published and withdrawn (as stubs)
 * decisions only, newest decision first. On PostgreSQL the term index narrows the rows; the {@code LIKE} confirms
 * the exact words. {@code total} is capped for very broad terms, where counting every match would cost more than
 * the page itself.
 */
@Component
public class PublicDecisionQuery {

    /** A broader match than this reports this many. */
    public static final int MAX_TOTAL = 10_000;

    private static final String PUBLIC = " from publication where status in ('PUBLISHED', 'WITHDRAWN')"
            + " and published_on is not null";
    private static final String COLUMNS = "id, case_number, decision_number, title, party_name, party_type, "
            + "violation, basis, penalty, fine_amount, decided_on, publication_due_on, published_on, status, "
            + "withdrawal_reason";

    private final JdbcTemplate jdbc;
    private final PublicationSearchIndex index;

    PublicDecisionQuery(JdbcTemplate jdbc, PublicationSearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** One decision as the public sees it; a withdrawn one is a stub: its texts are gone, its reason is there. */
    public record PublicDecision(String caseNumber, String decisionNumber, String title, String partyName,
                                 PartyType partyType, String violation, String basis, String penalty,
                                 BigDecimal fineAmount, LocalDate decidedOn, LocalDate publicationDueOn,
                                 LocalDate publishedOn, String status, String withdrawalReason) {
    }

    public record Result(long total, List<PublicDecision> items) {
    }

    public Result search(String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(PUBLIC);
        Set<String> terms = q.isEmpty() ? Set.of() : SearchTerms.ofQuery(q);
        if (!q.isEmpty()) {
            if (index.postgres() && !terms.isEmpty()) {
                where.append(" and search_terms @> ?");
                args.add(terms.toArray(String[]::new));
            }
            where.append(" and lower(search_text) like ? escape '\\'");
            args.add("%" + escape(SearchTerms.normalise(q)) + "%");
        }
        long total = count(where.toString(), args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<PublicDecision> items = query("select " + COLUMNS + where
                + " order by decided_on desc, id desc limit ? offset ?", pageArgs);
        return new Result(total, items);
    }

    private long count(String where, List<Object> args) {
        List<Object> a = new ArrayList<>(args);
        a.add(MAX_TOTAL);
        Long n = jdbc.query(con -> prepare(con.prepareStatement("select count(*) from (select 1" + where
                + " limit ?) t"), con, a), rs -> rs.next() ? rs.getLong(1) : 0L);
        return n == null ? 0 : n;
    }

    private List<PublicDecision> query(String sql, List<Object> args) {
        return jdbc.query(con -> prepare(con.prepareStatement(sql), con, args), (rs, i) -> row(rs));
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
        return new PublicDecision(rs.getString("case_number"), rs.getString("decision_number"),
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

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
