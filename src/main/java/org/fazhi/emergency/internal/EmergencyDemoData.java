package org.fazhi.emergency.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.FazhiApplication;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.springframework.stereotype.Component;

/**
 * 三星镇's emergency work, created by the duty officer through the services: the overall plan and three special
 * plans (flood, fire, public health — the public-health plan overdue for its evaluation this month), the duty roster
 * for the coming month, two past incidents with their reports (one first report late) and a yellow warning in force.
 */
@Component
class EmergencyDemoData implements DemoDataContributor {

    private static final String USER = "duty-officer";

    private final PlanService plans;
    private final RosterService roster;
    private final IncidentService incidents;
    private final WarningService warnings;
    private final OrgDirectory directory;
    private final EmergencySettings settings;

    EmergencyDemoData(PlanService plans, RosterService roster, IncidentService incidents, WarningService warnings,
                      OrgDirectory directory, EmergencySettings settings) {
        this.plans = plans;
        this.roster = roster;
        this.incidents = incidents;
        this.warnings = warnings;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 160;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        OrgUnitView sanxing = directory.towns().stream().filter(t -> t.name().equals("三星镇")).findFirst()
                .orElseThrow();
        long office = directory.departmentOrTown(sanxing.id(), settings.officeUnitName()).id();
        runAs.as(USER, () -> {
            plans(dates, office);
            roster(dates);
            incidents(dates, office, sanxing);
            warning(dates, office, sanxing);
        });
    }

    private void plans(DemoCalendar dates, long office) {
        LocalDate today = dates.today();
        ContingencyPlan overall = plans.adopt("三星镇突发事件总体应急预案", null, office,
                today.minusYears(1).minusMonths(2).toString());
        plans.drill(overall.getId(), today.minusMonths(3).toString(), "台风过境，镇村两级联动转移群众",
                "镇应急办、各村（社区）应急小分队", "个别村转移名单未及时更新");
        ContingencyPlan flood = plans.adopt("三星镇防汛防台专项应急预案", "NATURAL_DISASTER", office,
                today.minusYears(2).toString());
        plans.evaluate(flood.getId(), today.minusMonths(8).toString(), "预案总体可行，更新了避险转移点位");
        plans.drill(flood.getId(), today.minusMonths(5).toString(), "汛期强降雨，低洼地区人员转移",
                "镇防汛办、水利站、沿河各村", "排涝泵站应急电源需补充");
        ContingencyPlan fire = plans.adopt("三星镇火灾事故专项应急预案", "ACCIDENT", office,
                today.minusMonths(10).toString());
        plans.drill(fire.getId(), today.minusMonths(2).toString(), "集镇商铺火灾初期处置与疏散",
                "镇应急办、专职消防队、集镇商户", "疏散通道有杂物堆放");
        // adopted three years before a day of this month: its evaluation is overdue (or due today at the earliest)
        ContingencyPlan health = plans.adopt("三星镇突发公共卫生事件专项应急预案", "PUBLIC_HEALTH", office,
                dates.overdueBy(1).minusYears(settings.evaluationYears()).toString());
        plans.drill(health.getId(), today.minusMonths(4).toString(), "学校聚集性发热病例处置",
                "镇卫生院、中心小学、镇应急办", "信息报送链条需明确到人");
    }

    private void roster(DemoCalendar dates) {
        List<String> leaders = List.of("张镇长（示例）", "李副镇长（示例）", "王副书记（示例）", "赵副镇长（示例）");
        List<String> staff = List.of("应急办 陈某、刘某", "党政办 周某、吴某", "应急办 孙某、郑某");
        for (int i = 0; i <= 31; i++) {
            LocalDate day = dates.today().plusDays(i);
            // one day ahead without a leader on duty yet: the roster's alert
            String leader = i == 9 ? null : leaders.get(i % leaders.size());
            roster.enterForOwnTown(day, leader, staff.get(i % staff.size()), "0513-0000 0110");
        }
    }

    private void incidents(DemoCalendar dates, long office, OrgUnitView town) {
        OrgUnitView village = directory.villagesOf(town.id()).get(0);
        OffsetDateTime flood = at(dates.today().minusDays(45), LocalTime.of(21, 40));
        Incident rain = incidents.register(new IncidentService.NewIncident("NATURAL_DISASTER", "GENERAL",
                flood.minusMinutes(25).toString(), flood.toString(), office, village.name() + "低洼农田", village.id(),
                0, "短时强降雨致农田和两户民房进水，无人员伤亡。"));
        incidents.report(rain.getId(), new IncidentService.NewReport("FIRST", flood.plusMinutes(18).toString(),
                "海门区应急管理局", "电话"));
        incidents.report(rain.getId(), new IncidentService.NewReport("WRITTEN", flood.plusMinutes(55).toString(),
                "海门区应急管理局", "政务内网报送"));
        incidents.respond(rain.getId(), "LEVEL_4", "启动防汛Ⅳ级响应，开启排涝泵站，转移两户群众。", "排涝泵2台、应急队员12人",
                6);
        incidents.recover(rain.getId(), "清淤排水，受损房屋鉴定后维修。");
        incidents.evaluate(rain.getId(), "响应及时，处置得当。", "低洼地区排涝能力不足，需在防汛预案中增加泵站备用电源。");

        OffsetDateTime fire = at(dates.today().minusDays(12), LocalTime.of(14, 5));
        Incident shop = incidents.register(new IncidentService.NewIncident("ACCIDENT", "GENERAL",
                fire.minusMinutes(10).toString(), fire.toString(), office, "集镇商业街一商铺", null, 1,
                "商铺电气线路起火，一人轻微烧伤，明火已扑灭。"));
        // the call went out 42 minutes after the fire became known: later than the first-report time
        incidents.report(shop.getId(), new IncidentService.NewReport("FIRST", fire.plusMinutes(42).toString(),
                "海门区应急管理局", "电话"));
        incidents.report(shop.getId(), new IncidentService.NewReport("WRITTEN", fire.plusMinutes(58).toString(),
                "海门区应急管理局", "政务内网报送"));
        incidents.respond(shop.getId(), "LEVEL_4", "疏散周边商户，配合消防救援，设置警戒。", "专职消防队1支", 20);
        incidents.publish(shop.getId(), "集镇商业街一商铺发生火灾，已扑灭，一人轻微烧伤已送医，周边秩序正常。");
    }

    private void warning(DemoCalendar dates, long office, OrgUnitView town) {
        List<Long> villages = directory.villagesOf(town.id()).stream().limit(3).map(OrgUnitView::id).toList();
        warnings.issue(new WarningService.WarningCommand(office, "YELLOW", "大风黄色预警",
                villages, "加固搭建物，减少户外活动，渔船回港避风。",
                at(dates.today(), LocalTime.MIDNIGHT).toString(),
                at(dates.today().plusDays(3), LocalTime.of(18, 0)).toString()));
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(FazhiApplication.ZONE).toOffsetDateTime();
    }
}
