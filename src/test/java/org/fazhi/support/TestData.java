package org.fazhi.support;

import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.springframework.boot.test.context.TestComponent;

/** Finds the demo org units by name, so tests need no hard-coded ids. */
@TestComponent
public class TestData {

    private final OrgDirectory directory;
    private final PublicTowns towns;

    TestData(OrgDirectory directory, PublicTowns towns) {
        this.directory = directory;
        this.towns = towns;
    }

    /** The path of a town's portal page: {@code portal(sanxing(), "enforcement")} is {@code /portal/320684105/enforcement}. */
    public String portal(OrgUnitView town, String rest) {
        return towns.portalPath(town, rest);
    }

    public OrgUnitView sanxing() {
        return town("三星镇");
    }

    public OrgUnitView secondTown() {
        return town("示例镇");
    }

    public OrgUnitView town(String name) {
        return directory.towns().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    public OrgUnitView district() {
        return directory.all().stream().filter(u -> u.type() == OrgUnitType.DISTRICT).findFirst().orElseThrow();
    }

    /** A village, community or department of a town, by name. */
    public OrgUnitView unit(OrgUnitView town, String name) {
        return directory.children(town.id()).stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }
}
