package org.fazhi.organization.scope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 统计语句 — a module's figures counted by the database in one aggregate statement in SQL, held to the caller's data
 * scope by the conditions of a {@link ScopedSql}. Outside a transaction the statement runs on its own (one round
 * trip, as a hand-written query would: a single statement reads one consistent snapshot, so a transaction around it
 * adds only its {@code COMMIT}); inside one it runs on the transaction's connection, after the session's pending
 * changes are flushed, as a JPQL query would see them.
 *
 * <p>Each place the scope applies is written {@code {scope:alias}} in the statement, and replaced by the condition
 * on that alias's rows (the unit's own and the caller's scope); {@code {within:alias}} is the caller's scope alone,
 * for the parts of the records counted (a case's steps, their files); {@code {part:alias}} marks a table of a
 * record's values without scope columns of its own (an element collection), joined by its owner's key to a record
 * that carries a place, and adds no condition. Every table the statement reads ({@code from}
 * or {@code join}, a common table of the statement aside) must have an alias with a place, else the statement is
 * refused: a figure cannot be counted beyond the scope by forgetting one. (Only business records are counted this
 * way; a statement that needs an unscoped table, such as the org tree, reads it from the org directory instead.)
 */
@Component
public class ScopedStatements {

    private static final Pattern PLACE = Pattern.compile("\\{(scope|within|part):(\\w+)}");

    /**
     * A table the statement reads, and its alias (or the word after it, when it has none); not a parameter named
     * {@code :from}, nor a column or a function after {@code from} ({@code extract(month from d.accepted_on)}).
     */
    private static final Pattern TABLE = Pattern.compile(
            "(?i)(?<![:.\\w])(?:from|join)\\s+(\\w+)(?![.\\w(])(?:\\s+(?:as\\s+)?(\\w+))?");

    /** A name the statement defines itself (a common table), whose rows its own places already hold. */
    private static final Pattern COMMON_TABLE = Pattern.compile("(?i)(?:\\bwith|,)\\s+(\\w+)\\s+as\\s*\\(");

    /** Statements are constants of their modules: a few shapes of scope each. The bound keeps a mistake finite. */
    private static final int MAX_RENDERED = 2_000;

    private final NamedParameterJdbcTemplate jdbc;

    /** The statements as rendered for each shape of scope (the scope's values are parameters, not text). */
    private final Map<Rendering, String> rendered = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    ScopedStatements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The calendar year as the parameters {@code :first} and {@code :last} (its first and last day), the period of a
     * year's figures.
     */
    public static Map<String, Object> year(int year) {
        return Map.of("first", java.time.LocalDate.of(year, 1, 1), "last", java.time.LocalDate.of(year, 12, 31));
    }

    /** Runs {@code sql} with its {@code {scope:alias}} places held to {@code scope}; rows read by {@code rows}. */
    public <T> T query(String sql, ScopedSql scope, Map<String, ?> parameters, ResultSetExtractor<T> rows) {
        String statement = rendered.size() < MAX_RENDERED
                ? rendered.computeIfAbsent(new Rendering(sql, scope.shape()), r -> render(sql, scope))
                : render(sql, scope);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly() && em.isJoinedToTransaction()) {
            em.flush();
        }
        return jdbc.query(statement, scope.bind(parameters), rows);
    }

    private static String render(String sql, ScopedSql scope) {
        Set<String> placed = new HashSet<>();
        Matcher places = PLACE.matcher(sql);
        while (places.find()) {
            placed.add(places.group(2));
        }
        Set<String> common = new HashSet<>();
        Matcher defined = COMMON_TABLE.matcher(sql);
        while (defined.find()) {
            common.add(defined.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher tables = TABLE.matcher(sql);
        while (tables.find()) {
            if (!common.contains(tables.group(1).toLowerCase(Locale.ROOT))
                    && (tables.group(2) == null || !placed.contains(tables.group(2)))) {
                throw new IllegalArgumentException("every table of a scoped statement has an alias with its place "
                        + "of scope ({scope:alias}, {within:alias} or {part:alias}): " + tables.group() + " in " + sql);
            }
        }
        if (!PLACE.matcher(sql.replaceAll("\\{part:\\w+}", "")).find()) {
            throw new IllegalArgumentException("a scoped statement states its scope: " + sql);
        }
        return PLACE.matcher(sql).replaceAll(place -> Matcher.quoteReplacement(switch (place.group(1)) {
            case "scope" -> scope.on(place.group(2));
            case "within" -> scope.withinOnly().on(place.group(2));
            default -> "";
        }));
    }

    private record Rendering(String sql, String shape) {
    }
}
