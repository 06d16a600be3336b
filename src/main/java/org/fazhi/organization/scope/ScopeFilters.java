package org.fazhi.organization.scope;

import java.util.List;
import org.hibernate.Session;

/**
 * The data-scope filters on a Hibernate session, enabled for the caller's scope when a transaction begins. The
 * statistics' statements in SQL ({@link ScopedStatements}) do not see them and state the scope themselves
 * ({@link ScopedSql}).
 */
final class ScopeFilters {

    private static final List<Long> NO_TOWN = List.of(-1L);

    private ScopeFilters() {
    }

    /** Enables the filters of {@code scope} on the session (none for the platform's own work). */
    static void enable(Session session, UserScope scope) {
        if (scope.system()) {
            session.disableFilter(ScopedRecord.TOWN_FILTER);
            session.disableFilter(ScopedRecord.VILLAGE_FILTER);
            return;
        }
        session.enableFilter(ScopedRecord.TOWN_FILTER)
                .setParameterList("townIds", scope.townIds().isEmpty() ? NO_TOWN : List.copyOf(scope.townIds()));
        if (scope.villageId() != null) {
            session.enableFilter(ScopedRecord.VILLAGE_FILTER).setParameter("villageId", scope.villageId());
        }
    }
}
