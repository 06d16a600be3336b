package org.fazhi.organization.scope;

import org.fazhi.organization.OrgUnitView;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.shared.BaseEntity;
import org.hibernate.Session;
import org.hibernate.annotations.Filter;
import org.springframework.data.jpa.domain.Specification;

/**
 * A business record owned by one town and held by one org unit (the town, one of its departments or a village).
 * Every module's records extend this class, which makes the data scope hold by construction:
 * <ul>
 *   <li>reads: the Hibernate filters {@value #TOWN_FILTER} and {@value #VILLAGE_FILTER}, enabled for the caller's
 *   scope on every transaction, restrict every query and every load by id;</li>
 *   <li>writes: {@link ScopeGuard} refuses to insert, update or delete a record whose holder the caller may not
 *   write (checked against the holder as loaded, so handing a dispute up to the town is a write of the village).</li>
 * </ul>
 * The town and village are derived from the holder, never taken from the caller.
 */
@MappedSuperclass
@EntityListeners(ScopeGuard.class)
@Filter(name = ScopedRecord.TOWN_FILTER)
@Filter(name = ScopedRecord.VILLAGE_FILTER)
public abstract class ScopedRecord extends BaseEntity implements org.fazhi.shared.TownOwned {

    public static final String TOWN_FILTER = "townScope";
    public static final String VILLAGE_FILTER = "villageScope";

    @Column(name = "town_id", nullable = false)
    private Long townId;

    @Column(name = "village_id")
    private Long villageId;

    @Column(name = "holder_unit_id", nullable = false)
    private Long holderUnitId;

    @Transient
    private Long loadedHolderUnitId;

    protected ScopedRecord() {
    }

    /** Puts the record in the hands of a unit; town and village follow from the unit. */
    public void assignHolder(OrgUnitView holder) {
        if (holder.townId() == null) {
            throw new IllegalArgumentException("a business record is held by a town, department or village");
        }
        this.holderUnitId = holder.id();
        this.townId = holder.townId();
        this.villageId = holder.villageId();
    }

    @Override
    public Long getTownId() {
        return townId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public Long getHolderUnitId() {
        return holderUnitId;
    }

    /**
     * Whether the figures of {@code unit} count this record: the district counts every record in scope, a town its
     * own records (its departments' and villages' included), a department or village the records it holds.
     */
    public boolean countsFor(OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> true;
            case TOWN -> unit.townId().equals(townId);
            default -> holderUnitId != null && holderUnitId == unit.id();
        };
    }

    /**
     * {@link #countsFor} as a query condition, so that figures over many records are counted and selected by the
     * database (with the town's indexes) rather than by loading every record in scope.
     */
    public static <T extends ScopedRecord> Specification<T> countedFor(OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> (r, q, cb) -> cb.conjunction();
            case TOWN -> (r, q, cb) -> cb.equal(r.get("townId"), unit.townId());
            default -> (r, q, cb) -> cb.equal(r.get("holderUnitId"), unit.id());
        };
    }

    /**
     * {@link #countsFor} as a JPQL condition on the record of {@code alias}, for figures the database aggregates
     * ({@code count(*) filter (where …)}, {@code group by}); {@link CountedFor#bind} sets its parameters. When the unit
     * lies in one town of the caller's scope the condition also states the scope itself (that town, and the caller's
     * village for a village user), so that {@link CountedFor#list} can run the statement without the session's scope
     * filters — with the translation Hibernate then keeps — and still read nothing beyond the scope. For the district
     * the condition is empty and the filters stay.
     */
    public static CountedFor countedForJpql(String alias, OrgUnitView unit) {
        return switch (unit.type()) {
            case DISTRICT -> CountedFor.of(alias, null, null, unit);
            case TOWN -> CountedFor.of(alias, "townId", unit.townId(), unit);
            default -> CountedFor.of(alias, "holderUnitId", unit.id(), unit);
        };
    }

    /**
     * The condition {@code alias.field = value} (none when {@code field} is {@code null}) for an aggregate whose
     * condition on the unit is its own (a village's disputes by their locality, a town's publications whatever the
     * unit), stating the caller's scope within the town of {@code unit} as {@link #countedForJpql} does.
     */
    public static CountedFor whereJpql(String alias, String field, Long value, OrgUnitView unit) {
        return CountedFor.of(alias, field, value, unit);
    }

    /**
     * A JPQL condition of {@link #countedForJpql} or {@link #whereJpql}: {@code jpql} to append to the statement's
     * where clause as its last conjunct, the unit it binds ({@code null}: none) and the scope it states ({@code town}
     * {@code null}: none, the session's filters hold the statement). A condition made with the two-argument
     * constructor states no scope.
     */
    public record CountedFor(String jpql, Long unitId, Long town, Long village) {

        public CountedFor(String jpql, Long unitId) {
            this(jpql, unitId, null, null);
        }

        static CountedFor of(String alias, String unitField, Long unitId, OrgUnitView unit) {
            UserScope scope = DataScope.current();
            Long town = !scope.system() && unit.townId() != null && scope.canReadTown(unit.townId())
                    ? unit.townId() : null;
            Long village = town == null ? null : scope.villageId();
            StringBuilder jpql = new StringBuilder();
            // the unit's town is the scope's town: one condition, or the planner counts it twice in its estimates
            boolean ownCondition = unitField != null
                    && !(town != null && "townId".equals(unitField) && town.equals(unitId));
            if (ownCondition) {
                jpql.append(" and ").append(alias).append('.').append(unitField).append(" = :countedFor");
            }
            if (town != null) {
                jpql.append(" and ").append(alias).append(".townId = :scopeTown");
            }
            if (village != null) {
                jpql.append(" and ").append(alias).append(".villageId = :scopeVillage");
            }
            return new CountedFor(jpql.toString(), ownCondition ? unitId : null, town, village);
        }

        /** Sets the condition's parameters on the query built with {@link #jpql}. */
        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            if (unitId != null) {
                query.setParameter("countedFor", unitId);
            }
            if (town != null) {
                query.setParameter("scopeTown", town);
            }
            if (village != null) {
                query.setParameter("scopeVillage", village);
            }
            return query;
        }

        /**
         * The rows of {@code query} (built with {@link #jpql}, every other scoped record of it held to its own
         * condition of the same unit), bound and read with the session's scope filters suspended for this statement
         * when the condition states the scope ({@link ScopeFilters#suspendedFor} checks it against the filters).
         */
        public <T> List<T> list(TypedQuery<T> query) {
            return run(query, () -> bind(query).getResultList());
        }

        /** The one row of {@code query}, as {@link #list} reads it. */
        public <T> T single(TypedQuery<T> query) {
            return run(query, () -> bind(query).getSingleResult());
        }

        private <T> T run(TypedQuery<?> query, Supplier<T> statement) {
            org.hibernate.query.Query<?> hql = query.unwrap(org.hibernate.query.Query.class);
            if (town == null || !(hql.getSession() instanceof Session session)
                    || !hql.getQueryString().contains(jpql)) {
                return statement.get();
            }
            return ScopeFilters.suspendedFor(session, town, village, statement);
        }
    }

    /** The holder when the record was read from the database; {@code null} for a new record. */
    Long loadedHolderUnitId() {
        return loadedHolderUnitId;
    }

    @PostLoad
    void rememberLoadedHolder() {
        this.loadedHolderUnitId = holderUnitId;
    }
}
