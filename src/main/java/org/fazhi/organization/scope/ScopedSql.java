package org.fazhi.organization.scope;

import java.util.List;
import java.util.Map;
import org.fazhi.organization.OrgUnitView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The caller's data scope, and the unit a figure is counted for, as conditions of an aggregate statement in SQL
 * ({@link ScopedStatements}). Unlike the session's filters, which only a transaction has, the condition states the
 * whole scope itself, so the statement reads nothing beyond it on any connection: the unit's town when the caller may
 * read it, else every town of the caller's scope (none: nothing at all), and the caller's village for a village user.
 * The platform's own work (inside {@link DataScope#asSystem}) is held to the unit only.
 *
 * @param column  the column of the unit's own condition ({@code null}: none), {@code value} its value
 * @param town    the one town of the caller's scope the statement reads, or {@code null}
 * @param towns   the towns of the caller's scope when {@code town} is {@code null}; ignored for the platform itself
 * @param village the caller's village, or {@code null}
 * @param system  the platform's own work: no condition of scope
 */
public record ScopedSql(String column, Long value, Long town, List<Long> towns, Long village, boolean system) {

    /**
     * The records the figures of {@code unit} count, as {@link ScopedRecord#countsFor} says (the district every
     * record in scope, a town its own, a department or village those it holds), within the caller's scope.
     */
    public static ScopedSql countedFor(OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> of(null, null, unit);
            case TOWN -> of("town_id", unit.townId(), unit);
            default -> of("holder_unit_id", unit.id(), unit);
        };
    }

    /**
     * The condition {@code column = value} (none when {@code column} is {@code null}: every record in scope) for an
     * aggregate whose condition on the unit is its own (a village's disputes by their locality, a town's
     * publications whatever the unit), within the caller's scope; {@code unit} {@code null} reads every town of it.
     */
    public static ScopedSql where(String column, Long value, OrgUnitView unit) {
        return of(column, value, unit);
    }

    private static ScopedSql of(String column, Long value, OrgUnitView unit) {
        UserScope scope = DataScope.current();
        Long town = !scope.system() && unit != null && unit.townId() != null && scope.canReadTown(unit.townId())
                ? unit.townId() : null;
        return new ScopedSql(column, value, town, List.copyOf(scope.townIds()),
                scope.system() ? null : scope.villageId(), scope.system());
    }

    /** The caller's scope alone, without the unit's own condition: for the parts of the records counted. */
    ScopedSql withinOnly() {
        return new ScopedSql(null, null, town, towns, village, system);
    }

    /** The condition on the rows of {@code alias}, to append to a where clause (it begins with {@code and}). */
    public String on(String alias) {
        StringBuilder sql = new StringBuilder();
        // the unit's town is the scope's town: one condition, or the planner counts it twice in its estimates
        if (ownCondition()) {
            sql.append(" and ").append(alias).append('.').append(column).append(" = :countedFor");
        }
        if (town != null) {
            sql.append(" and ").append(alias).append(".town_id = :scopeTown");
        } else if (!system) {
            sql.append(towns.isEmpty() ? " and 1 = 0" : " and " + alias + ".town_id in (:scopeTowns)");
        }
        if (village != null) {
            sql.append(" and ").append(alias).append(".village_id = :scopeVillage");
        }
        return sql.toString();
    }

    /** What the text of {@link #on} depends on (the values are parameters): the key of a rendered statement. */
    String shape() {
        return (ownCondition() ? column : "-") + (town != null ? ",town" : system ? ",system"
                : towns.isEmpty() ? ",none" : ",towns") + (village != null ? ",village" : "");
    }

    /** The statement's parameters with those of the condition added. */
    MapSqlParameterSource bind(Map<String, ?> parameters) {
        MapSqlParameterSource source = new MapSqlParameterSource(parameters);
        if (ownCondition()) {
            source.addValue("countedFor", value);
        }
        if (town != null) {
            source.addValue("scopeTown", town);
        } else if (!system && !towns.isEmpty()) {
            source.addValue("scopeTowns", towns);
        }
        if (village != null) {
            source.addValue("scopeVillage", village);
        }
        return source;
    }

    private boolean ownCondition() {
        return column != null && !(town != null && "town_id".equals(column) && town.equals(value));
    }
}
