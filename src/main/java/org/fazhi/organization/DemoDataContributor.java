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

    /**
     * Contributors of this order and above sum up the others (supervision's findings, the work plan, the annual report):
     * they run last, after every other contributor has finished.
     */
    int SUMMING_UP = 900;

    /** Lower runs first. */
    default int order() {
        return 100;
    }

    /**
     * Whether the contributor loads in the second lane: on a second thread, in order among the contributors that stand
     * alone, beside the others (which run in order on the first), so that a first start on two cores loads the demo in
     * about half the time. It may then use only the org tree, the demo accounts and the records of standing-alone
     * contributors of a lower order, and no contributor of the first lane below {@link #SUMMING_UP} may read its
     * records. A contributor that calls another module's services must stand alone only if that module's contributor
     * does too.
     */
    default boolean standsAlone() {
        return false;
    }

    /** Creates the module's demo records, dated by {@code dates}. */
    void load(RunAs runAs, DemoCalendar dates);
}
