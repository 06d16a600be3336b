package org.fazhi.support;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.deadline.OfficialCalendar;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.springframework.boot.test.context.TestComponent;

/**
 * Finds the demo org units by name, so tests need no hard-coded ids, and dates the demo as it was loaded: from the
 * day the test platform started, so tests need no hard-coded years either.
 */
@TestComponent
public class TestData {

    private final OrgDirectory directory;
    private final PublicTowns towns;
    private final Clock clock;
    private final OfficialCalendar calendar;

    TestData(OrgDirectory directory, PublicTowns towns, Clock clock, OfficialCalendar calendar) {
        this.directory = directory;
        this.towns = towns;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The path of a town's portal page: {@code portal(sanxing(), "enforcement")} is {@code /portal/320684105/enforcement}. */
    public String portal(OrgUnitView town, String rest) {
        return towns.portalPath(town, rest);
    }

    /** The demo's calendar: today is the day the demo was loaded, working days are the official calendar's. */
    public DemoCalendar demo() {
        return new DemoCalendar(LocalDate.now(clock), d -> calendar.snapshot().isWorkingDay(d));
    }

    /** The year before the first start: the demo year carrying the figures of 三星镇's report. */
    public int reportYear() {
        return demo().reportYear();
    }

    /**
     * The status of a demo duty made overdue by {@code workingDays} ({@link DemoCalendar#overdueBy}): overdue, or due
     * soon on the first working day of a month, when nothing can be overdue within the month yet.
     */
    public String demoOverdueStatus(int workingDays) {
        DemoCalendar d = demo();
        return d.overdueBy(workingDays).isBefore(d.today()) ? "OVERDUE" : "DUE_SOON";
    }

    /**
     * The number of a demo enforcement certificate: the county code (320684 三星镇, 320685 示例镇), the two digits of
     * its year of issue and its serial number.
     */
    public static String certificate(String county, int issuedIn, int serial) {
        return county + String.format("%02d%03d", issuedIn % 100, serial);
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
