package org.fazhi.organization;

/**
 * A module's part of the demo data, loaded once on an empty database when {@code fazhi.demo.enabled} is true.
 * Contributors run after the org tree and the demo users exist, in {@link #order()}, and create their records through
 * their module's own services while signed in as a demo user ({@link RunAs}), so demo records are validated and
 * audited like anyone's.
 * <p>
 * Every date comes from the {@link DemoCalendar} of the load, never from a fixed year: the year before the first start
 * carries the figures of 三星镇's report, the current year is a living year up to today, and deadlines fall in the
 * coming days (a few overdue this month, none from an earlier month).
 */
public interface DemoDataContributor {

    /** Lower runs first. */
    default int order() {
        return 100;
    }

    /** Creates the module's demo records, dated by {@code dates}. */
    void load(RunAs runAs, DemoCalendar dates);
}
