package org.fazhi.organization.scope;

import org.fazhi.organization.OrgUnitView;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import org.fazhi.shared.BaseEntity;
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

    /** The holder when the record was read from the database; {@code null} for a new record. */
    Long loadedHolderUnitId() {
        return loadedHolderUnitId;
    }

    @PostLoad
    void rememberLoadedHolder() {
        this.loadedHolderUnitId = holderUnitId;
    }
}
