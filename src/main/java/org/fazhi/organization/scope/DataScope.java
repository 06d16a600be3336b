package org.fazhi.organization.scope;

import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.Permission;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 数据范围 — the one place that decides which records the current caller may read and write. Reads of every
 * {@link ScopedRecord} are filtered by the database session the transaction manager opens for this scope; writes are
 * checked by {@link ScopedRecord}'s entity listener; parameters naming an org unit are checked here.
 */
@Component
public class DataScope {

    private static final ThreadLocal<UserScope> OVERRIDE = new ThreadLocal<>();

    private final OrgDirectory directory;

    public DataScope(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The scope of the current thread: the platform's own (inside {@link #asSystem}), the user's, or nobody's. */
    public static UserScope current() {
        UserScope override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FazhiUser user) {
            return user.scope();
        }
        return UserScope.NONE;
    }

    /** The signed-in user, if any. */
    public static java.util.Optional<FazhiUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof FazhiUser user ? java.util.Optional.of(user)
                : java.util.Optional.empty();
    }

    /** Whether the caller holds the permission; the platform's own work (inside {@link #asSystem}) holds them all. */
    public static boolean currentUserHolds(Permission permission) {
        return current().system() || currentUser().map(u -> u.holds(permission)).orElse(false);
    }

    /**
     * Runs the platform's own work (jobs, demo loading, public read models that select published records themselves)
     * without a user's limits. Must be called before the transaction starts, since the scope is fixed at its begin.
     */
    public static <T> T asSystem(Supplier<T> work) {
        UserScope previous = OVERRIDE.get();
        OVERRIDE.set(UserScope.SYSTEM);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the unit lies within the caller's read scope. */
    public boolean canSee(long orgUnitId) {
        UserScope scope = current();
        if (scope.system()) {
            return true;
        }
        return directory.find(orgUnitId).map(u -> visible(scope, u)).orElse(false);
    }

    /**
     * An {@code orgUnit} request parameter outside the caller's scope is answered 403 (the unit's existence is no
     * secret; its records are).
     */
    public OrgUnitView requireVisibleUnit(long orgUnitId) {
        OrgUnitView unit = directory.find(orgUnitId).orElseThrow(() -> new NotFound("org-unit", orgUnitId));
        if (!canSee(orgUnitId)) {
            throw new AccessDenied("error.scope.orgUnit");
        }
        return unit;
    }

    /** Whether a record held by the given unit may be written by the caller. */
    public boolean canWriteHeldBy(long holderUnitId) {
        UserScope scope = current();
        if (scope.system()) {
            return true;
        }
        return directory.find(holderUnitId).map(u -> scope.canWrite(u.townId(), u.villageId())).orElse(false);
    }

    /** Throws 403 when the caller may not write a record held by the unit. */
    public void requireWritableHolder(long holderUnitId) {
        if (!canWriteHeldBy(holderUnitId)) {
            throw new AccessDenied("error.scope.write");
        }
    }

    /** The org units the caller may see, in tree order. */
    public List<OrgUnitView> visibleUnits() {
        UserScope scope = current();
        return directory.all().stream().filter(u -> scope.system() || visible(scope, u)).toList();
    }

    private static boolean visible(UserScope scope, OrgUnitView unit) {
        if (unit.type() == OrgUnitType.DISTRICT) {
            // a district user sees the district itself; town users see it as context only through names, not records
            return scope.villageId() == null && scope.homeUnitId() != null && scope.homeUnitId() == unit.id();
        }
        return scope.canRead(unit.townId(), unit.villageId());
    }
}
