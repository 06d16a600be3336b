package org.fazhi.organization;

import java.util.List;
import java.util.Optional;

/** 组织目录 — read access to the org tree for every module (cached; refreshed when a unit changes). */
public interface OrgDirectory {

    Optional<OrgUnitView> find(long id);

    /** The unit, or {@link org.fazhi.shared.NotFound}. */
    OrgUnitView get(long id);

    List<OrgUnitView> all();

    List<OrgUnitView> children(long parentId);

    /** The towns of the installation. */
    List<OrgUnitView> towns();

    /** The villages and communities (村/居) of a town. */
    List<OrgUnitView> villagesOf(long townId);

    /** The office phone and address the portal shows for the unit ({@link PublicContact#NONE} when none). */
    PublicContact contactOf(long id);

    /** A village of the town by its name, as ledgers name villages. */
    Optional<OrgUnitView> villageByName(long townId, String name);

    /**
     * The town's department of that name (the 司法所 that keeps the legal work …), or the town itself where it has
     * none: the unit that holds a town's records of that department and sees their alerts.
     */
    default OrgUnitView departmentOrTown(long townId, String name) {
        return children(townId).stream().filter(u -> u.type() == OrgUnitType.DEPARTMENT && name.equals(u.name()))
                .findFirst().orElseGet(() -> get(townId));
    }
}
