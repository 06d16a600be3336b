package org.fazhi.organization;

/**
 * A unit of the org tree as other modules see it.
 *
 * @param townId    the town the unit belongs to (itself for a town; {@code null} for the district)
 * @param villageId the unit itself when it is a village, otherwise {@code null}
 * @param demo      true for demo units whose names are invented (示例)
 */
public record OrgUnitView(long id, String name, OrgUnitType type, Long parentId, Long townId, Long villageId,
                          String code, boolean demo, int sortOrder) implements java.io.Serializable {
}
