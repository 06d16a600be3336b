package org.fazhi.publication.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search terms of the public texts on PostgreSQL (the {@code search_terms text[]} column with its GIN index,
 * created by the PostgreSQL-only migration); H2, the embedded default for small data, searches with {@code LIKE}
 * alone. Only published texts are indexed. The column is derived data outside the entity, so it is written here and
 * not audited.
 */
@Component
class PublicationSearchIndex {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final PublicSearchCache cache;

    PublicationSearchIndex(JdbcTemplate jdbc, PublicSearchCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.postgres = org.fazhi.shared.Databases.isPostgreSql(jdbc);
    }

    boolean postgres() {
        return postgres;
    }

    void index(Publication p) {
        cache.clearAfterCommit();
        if (!postgres || p.getId() == null) {
            return;
        }
        boolean visible = p.getStatus() == PublicationStatus.PUBLISHED || p.getStatus() == PublicationStatus.WITHDRAWN;
        String[] terms = visible ? SearchTerms.ofText(p.getSearchText()).toArray(String[]::new) : new String[0];
        jdbc.update(con -> {
            var ps = con.prepareStatement("update publication set search_terms = ? where id = ?");
            ps.setArray(1, con.createArrayOf("text", terms));
            ps.setLong(2, p.getId());
            return ps;
        });
    }
}
