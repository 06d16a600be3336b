package org.fazhi.organization.scope;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Filter;
import org.hibernate.Session;

/**
 * The data-scope filters on a Hibernate session: enabled for the caller's scope when a transaction begins, and
 * suspended for one aggregate statement that carries the same scope as its own condition ({@link
 * ScopedRecord.CountedFor}). Hibernate translates a query from JPQL to SQL again on every execution while a session
 * filter is enabled (its translation cache leaves such queries out); a statement run without the filters is
 * translated once and kept. The suspension is refused — the statement runs with the filters — unless its condition
 * is at least as narrow as the filters it replaces: the town it binds is one of the filter's towns, and the village
 * filter's village, when that filter is on, is bound too.
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

    /**
     * Runs {@code statement}, whose condition holds its rows to {@code town} (and {@code village}, when not
     * {@code null}), with the session's scope filters off if that condition lies within them; restores the filters,
     * with their values, whatever the statement does.
     */
    static <T> T suspendedFor(Session session, Long town, Long village, Supplier<T> statement) {
        Filter towns = session.getEnabledFilter(ScopedRecord.TOWN_FILTER);
        Filter villages = session.getEnabledFilter(ScopedRecord.VILLAGE_FILTER);
        if (towns == null && villages == null) {
            return statement.get();
        }
        if (!within(towns, villages, town, village)) {
            return statement.get();
        }
        Collection<?> townIds = (Collection<?>) towns.getParameterValue("townIds");
        Object villageId = villages == null ? null : villages.getParameterValue("villageId");
        session.disableFilter(ScopedRecord.TOWN_FILTER);
        session.disableFilter(ScopedRecord.VILLAGE_FILTER);
        try {
            return statement.get();
        } finally {
            session.enableFilter(ScopedRecord.TOWN_FILTER).setParameterList("townIds", townIds);
            if (villageId != null) {
                session.enableFilter(ScopedRecord.VILLAGE_FILTER).setParameter("villageId", villageId);
            }
        }
    }

    private static boolean within(Filter towns, Filter villages, Long town, Long village) {
        if (towns == null || town == null
                || !(towns.getParameterValue("townIds") instanceof Collection<?> ids) || !ids.contains(town)) {
            return false;
        }
        return villages == null || village != null && village.equals(villages.getParameterValue("villageId"));
    }
}
