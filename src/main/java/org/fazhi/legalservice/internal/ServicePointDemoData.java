package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo service points, kiosks and broadcasts of 三星镇, entered by the judicial office: the four kiosks its report
 * names (the town's public legal service centre, 林西村综治中心, 叠石桥国际家纺城, 公调对接站) with their monthly use
 * since they entered service in the report year, and two broadcasts — one past with its figures, one coming next
 * week with a question left by the public. Invented addresses and names are marked （示例）.
 */
@Component
class ServicePointDemoData implements DemoDataContributor {

    private static final String SUPPLIER = "共享律所（示例）";
    private static final LocalTime EVENING = LocalTime.of(19, 30);

    private final ServicePoints points;
    private final Broadcasts broadcasts;
    private final OrgDirectory directory;

    ServicePointDemoData(ServicePoints points, Broadcasts broadcasts, OrgDirectory directory) {
        this.points = points;
        this.broadcasts = broadcasts;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 321;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        directory.towns().stream().filter(t -> t.name().equals("三星镇")).findFirst()
                .ifPresent(town -> runAs.as("reviewer", () -> sanxing(town, dates)));
    }

    private void sanxing(OrgUnitView town, DemoCalendar dates) {
        long linxi = directory.villageByName(town.id(), "林西村").orElseThrow().id();
        points.register(new ServicePoints.NewPoint(PointKind.CENTRE, "三星镇公共法律服务中心", town.id(),
                "三星镇人民政府便民服务中心一楼（示例地址）", "工作日 8:30—17:00", "法律咨询、法律援助申请、人民调解、智能法务机"));
        points.register(new ServicePoints.NewPoint(PointKind.VILLAGE_ROOM, "林西村公共法律服务室", linxi,
                "林西村综治中心（示例地址）", "每周三上午法律顾问坐班", "法律咨询、矛盾纠纷调解、智能法务机"));
        points.register(new ServicePoints.NewPoint(PointKind.MEDIATION_STATION, "三星镇公调对接站", town.id(),
                "三星派出所一楼（示例地址）", "全天", "治安纠纷调解、法律咨询、智能法务机"));
        String[][] kiosks = {{"三星镇公共法律服务中心", "3"}, {"林西村综治中心", "5"}, {"叠石桥国际家纺城", "6"},
            {"公调对接站", "9"}};
        for (int i = 0; i < kiosks.length; i++) {
            int startMonth = Integer.parseInt(kiosks[i][1]);
            Kiosk k = points.register(new ServicePoints.NewKiosk(kiosks[i][0], i == 1 ? linxi : town.id(), SUPPLIER,
                    dates.inReportYear(startMonth, 1), null));
            usage(k, YearMonth.of(dates.reportYear(), startMonth), YearMonth.from(dates.today()).minusMonths(1), i);
        }
        LocalDate past = dates.workingDaysAgo(10);
        Broadcast held = broadcasts.schedule(new Broadcasts.NewBroadcast(past.atTime(EVENING), "农村土地承包纠纷怎么办",
                "抖音“绣美叠石桥”", "https://live.example.org/sanxing/1", List.of(
                        new Broadcasts.Guest("顾法官（示例）", GuestRole.JUDGE),
                        new Broadcasts.Guest("徐辉", GuestRole.LAWYER))));
        broadcasts.recordOutcome(held.getId(), new Broadcasts.Outcome(2350, 38, 25,
                "https://live.example.org/sanxing/1/replay"));
        Broadcast next = broadcasts.schedule(new Broadcasts.NewBroadcast(dates.inDays(7).atTime(EVENING),
                "防范电信网络诈骗", "视频号“法润民生”", "https://live.example.org/sanxing/2", List.of(
                        new Broadcasts.Guest("陈警官（示例）", GuestRole.POLICE),
                        new Broadcasts.Guest("吴婷（示例）", GuestRole.JUDICIAL_OFFICER))));
        DataScope.asSystem(() -> broadcasts.leaveQuestion(town.id(), next.getId(), "接到自称客服的退款电话该怎么核实？"));
    }

    /** Monthly use from the first month in service up to last month; figures that differ by kiosk and month. */
    private void usage(Kiosk k, YearMonth from, YearMonth to, int kiosk) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            int base = 20 + 7 * kiosk + m.getMonthValue();
            points.recordUse(new ServicePoints.MonthlyUse(k.getId(), m, base, base / 3, base / 5));
        }
    }
}
