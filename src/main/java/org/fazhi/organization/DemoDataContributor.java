package org.fazhi.organization;

/**
 * A module's part of the demo data, loaded once on an empty database when {@code fazhi.demo.enabled} is true.
 * Contributors run after the org tree and the demo users exist, in {@link #order()}, and create their records through
 * their module's own services while signed in as a demo user ({@link RunAs}), so demo records are validated and
 * audited like anyone's.
 */
public interface DemoDataContributor {

    /** Lower runs first. */
    default int order() {
        return 100;
    }

    void load(RunAs runAs);
}
