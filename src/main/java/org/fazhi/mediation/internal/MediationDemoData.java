package org.fazhi.mediation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.internal.DisputeCommands.Conclusion;
import org.fazhi.mediation.internal.DisputeCommands.PartyInput;
import org.fazhi.mediation.internal.DisputeCommands.Registration;
import org.fazhi.mediation.internal.DisputeCommands.SessionInput;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A realistic year of mediation for 三星镇 — the report year, the year before the first start, and the current year up
 * to today — so that the statistics dashboard is alive on first start: a few hundred disputes across the 26 villages,
 * about one in eight mediated directly by the town committee, success near the report's 95 %, written and oral
 * agreements, major disputes of accidental deaths all resolved in the report year and one open now, the report year's
 * 两会 screening campaign and one running now; and a few disputes of 示例镇. A written agreement whose 30 days for
 * judicial confirmation have ended has its application recorded, so that the mediators' dashboard shows the periods
 * still running rather than a backlog. Everything goes through the services, signed in as the demo mediators; names
 * and numbers are invented.
 */
@Component
class MediationDemoData implements DemoDataContributor {

    private static final String[] SURNAMES = {"张", "王", "李", "陈", "刘", "黄", "施", "顾", "沈", "陆", "倪", "季", "茅",
            "袁", "徐", "朱"};
    private static final String[] GIVEN = {"建国", "秀英", "卫东", "桂兰", "志强", "美华", "海燕", "国平", "春梅", "小军",
            "红霞", "德明", "玉芬", "永林", "晓东", "金花"};
    private static final DisputeCategory[] COMMON = {DisputeCategory.NEIGHBOURHOOD, DisputeCategory.NEIGHBOURHOOD,
            DisputeCategory.NEIGHBOURHOOD, DisputeCategory.MARRIAGE_FAMILY, DisputeCategory.MARRIAGE_FAMILY,
            DisputeCategory.HOUSING_HOMESTEAD, DisputeCategory.HOUSING_HOMESTEAD, DisputeCategory.DAMAGES,
            DisputeCategory.CONTRACT, DisputeCategory.PRODUCTION_BUSINESS, DisputeCategory.LABOUR,
            DisputeCategory.ROAD_TRAFFIC, DisputeCategory.PROPERTY_MANAGEMENT, DisputeCategory.MIGRANT_WAGES,
            DisputeCategory.CONSUMER, DisputeCategory.VILLAGE_AFFAIRS, DisputeCategory.FOREST_LAND,
            DisputeCategory.ENVIRONMENTAL_POLLUTION, DisputeCategory.MEDICAL, DisputeCategory.OTHER};
    private static final String[] MATTERS = {"因宅前排水沟堵塞引发争执", "因赡养老人费用分摊产生矛盾", "因宅基地界址不清发生争议",
            "因装修噪音影响休息发生口角", "因家纺加工货款结算发生纠纷", "因车辆剐蹭赔偿金额协商不成", "因拖欠务工工资引发纠纷",
            "因物业费收取标准发生争议", "因土地承包经营权流转费用发生争议", "因饲养家禽影响邻居生活发生矛盾"};
    private static final int BATCH = 25;
    /** Per cent of the days with a new dispute: the report year's volume, and the current year's so far. */
    private static final int REPORT_YEAR_RATE = 62;
    private static final int CURRENT_YEAR_RATE = 40;

    private final DisputeService disputes;
    private final CampaignService campaigns;
    private final OrgDirectory directory;
    private final TransactionTemplate tx;

    MediationDemoData(DisputeService disputes, CampaignService campaigns, OrgDirectory directory,
                      PlatformTransactionManager transactions) {
        this.disputes = disputes;
        this.campaigns = campaigns;
        this.directory = directory;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public int order() {
        return 300;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        LocalDate today = dates.today();
        Random random = new Random(20240101L);
        OrgUnitView sanxing = directory.towns().stream().filter(t -> t.name().equals("三星镇")).findFirst()
                .orElse(null);
        if (sanxing == null) {
            return;
        }
        List<OrgUnitView> villages = directory.villagesOf(sanxing.id());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = dates.inReportYear(1, 2); !d.isAfter(today.minusDays(1)); d = d.plusDays(1)) {
            boolean reportYear = d.getYear() == dates.reportYear();
            if (random.nextInt(100) < (reportYear ? REPORT_YEAR_RATE : CURRENT_YEAR_RATE)) {
                days.add(d);
            }
        }
        runAs.as("mediator", () -> {
            campaigns(villages, dates);
            for (int from = 0; from < days.size(); from += BATCH) {
                List<LocalDate> batch = days.subList(from, Math.min(days.size(), from + BATCH));
                tx.executeWithoutResult(s -> batch.forEach(day -> dispute(random, villages, day, dates)));
            }
            tx.executeWithoutResult(s -> majorDeaths(random, villages, dates));
        });
        runAs.as("village-mediator", () -> tx.executeWithoutResult(s -> {
            OrgUnitView linxi = villages.stream().filter(v -> v.name().equals("林西村")).findFirst().orElseThrow();
            Dispute open = disputes.register(registration(random, linxi, today.minusDays(6),
                    DisputeCategory.NEIGHBOURHOOD, DisputeSource.APPLICATION, IntakeChannel.WALK_IN, null));
            disputes.recordSession(open.getId(), new SessionInput(today.minusDays(3), "林西村村委会调解室",
                    "双方当事人、村调解员", "林西村调解员（示例）", "听取双方陈述，约定下次调解时间。"));
        }));
        directory.towns().stream().filter(t -> t.name().equals("示例镇")).findFirst().ifPresent(town ->
                runAs.as("t2-mediator", () -> tx.executeWithoutResult(s -> {
                    List<OrgUnitView> v2 = directory.villagesOf(town.id());
                    for (int i = 0; i < 6; i++) {
                        LocalDate day = dates.inReportYear(3 + i, 10);
                        Dispute d = disputes.register(registration(random, v2.get(i % v2.size()), day,
                                DisputeCategory.NEIGHBOURHOOD, DisputeSource.APPLICATION, IntakeChannel.WALK_IN,
                                CommitteeLevel.TOWN));
                        disputes.conclude(d.getId(), oral(day.plusDays(5)));
                    }
                })));
    }

    private void dispute(Random random, List<OrgUnitView> villages, LocalDate day, DemoCalendar dates) {
        LocalDate today = dates.today();
        OrgUnitView village = villages.get(random.nextInt(villages.size()));
        DisputeCategory category = COMMON[random.nextInt(COMMON.length)];
        int s = random.nextInt(100);
        DisputeSource source = s < 48 ? DisputeSource.OWN_INITIATIVE : s < 82 ? DisputeSource.APPLICATION
                : s < 90 ? DisputeSource.POLICE : s < 94 ? DisputeSource.PETITION_OFFICE : s < 97 ? DisputeSource.COURT
                : DisputeSource.OTHER_DEPARTMENT;
        IntakeChannel channel = switch (source) {
            case OWN_INITIATIVE -> random.nextBoolean() ? IntakeChannel.OWN_INITIATIVE : IntakeChannel.VILLAGE_REPORT;
            case APPLICATION -> random.nextInt(4) == 0 ? IntakeChannel.PHONE : IntakeChannel.WALK_IN;
            case POLICE -> IntakeChannel.POLICE_REFERRAL;
            case COURT -> IntakeChannel.COURT_REFERRAL;
            case PETITION_OFFICE -> IntakeChannel.PETITION_REFERRAL;
            case OTHER_DEPARTMENT -> IntakeChannel.DEPARTMENT_REFERRAL;
        };
        boolean town = random.nextInt(100) < 13;
        Dispute d = disputes.register(registration(random, village, day, category, source, channel,
                town ? CommitteeLevel.TOWN : CommitteeLevel.VILLAGE));
        long age = today.toEpochDay() - day.toEpochDay();
        if (age < 20 && random.nextInt(3) > 0) {
            return;
        }
        LocalDate sessionOn = day.plusDays(1 + random.nextInt(5));
        if (sessionOn.isAfter(today)) {
            return;
        }
        disputes.recordSession(d.getId(), new SessionInput(sessionOn, village.name() + "调解室",
                d.getPartyNames() + "、调解员", "调解员（示例）", "听取双方陈述，释法说理，引导双方互谅互让。"));
        if (!town && random.nextInt(100) < 4) {
            disputes.escalate(d.getId(), new DisputeCommands.Escalation(sessionOn, "案情复杂，村调委会调解未果，上报镇调委会。"));
        }
        LocalDate concludedOn = sessionOn.plusDays(random.nextInt(12));
        if (concludedOn.isAfter(today)) {
            return;
        }
        int outcome = random.nextInt(1000);
        if (outcome < 40) {
            disputes.conclude(d.getId(), new Conclusion(DisputeStatus.FAILED, concludedOn, AgreementForm.NONE, null,
                    null, null, false, false, false, AdvisedRoute.LITIGATION, "双方分歧较大，已告知可向人民法院起诉。"));
        } else if (outcome < 46) {
            disputes.conclude(d.getId(), new Conclusion(DisputeStatus.TERMINATED, concludedOn, null, null, null,
                    null, false, false, false, AdvisedRoute.LITIGATION, "一方当事人明确拒绝继续调解，已告知可向人民法院起诉。"));
        } else if (outcome < 52) {
            disputes.conclude(d.getId(), new Conclusion(DisputeStatus.TERMINATED, concludedOn, AgreementForm.NONE,
                    null, null, null, false, false, false, AdvisedRoute.ADMINISTRATIVE,
                    "经释法说理，申请人撤回请求，已告知可向主管部门反映。"));
        } else if (outcome < 112) {
            disputes.conclude(d.getId(), written(concludedOn));
            courtConfirmation(random, d, concludedOn, dates);
            if (random.nextBoolean()) {
                disputes.followUp(d.getId(), new DisputeCommands.FollowUpInput(FollowUp.Kind.PERFORMANCE,
                        concludedOn.plusDays(15).isAfter(today) ? today : concludedOn.plusDays(15),
                        Performance.PERFORMED, "电话回访，协议已履行完毕。"));
            }
        } else {
            disputes.conclude(d.getId(), oral(concludedOn));
        }
    }

    /**
     * The parties of a written agreement apply for judicial confirmation within 30 days (《人民调解法》第33条): recorded
     * for every agreement whose period has ended, the periods still running stay on the mediator's dashboard.
     */
    private void courtConfirmation(Random random, Dispute d, LocalDate signedOn, DemoCalendar dates) {
        int days = MediationPeriods.COURT_CONFIRMATION.amount();
        if (dates.workingDayOnOrAfter(signedOn.plusDays(days)).isBefore(dates.today())) {
            disputes.recordCourtConfirmation(d.getId(), new DisputeCommands.CourtConfirmation(
                    signedOn.plusDays(1 + random.nextInt(days - 5))));
        }
    }

    /** The major disputes of the report year (accidental deaths, all resolved) and one open major dispute now. */
    private void majorDeaths(Random random, List<OrgUnitView> villages, DemoCalendar dates) {
        LocalDate today = dates.today();
        LocalDate[] days = {dates.inReportYear(2, 20), dates.inReportYear(5, 8), dates.inReportYear(7, 16),
                dates.inReportYear(9, 3), dates.inReportYear(11, 12)};
        for (LocalDate day : days) {
            Dispute d = disputes.register(new Registration(villages.get(random.nextInt(villages.size())).id(), day,
                    DisputeCategory.DAMAGES, DisputeSource.APPLICATION, IntakeChannel.WALK_IN,
                    "务工人员意外死亡，家属与雇主就赔偿事宜发生纠纷，情绪激动。", parties(random), new BigDecimal("600000"),
                    RiskLevel.HIGH, true, 1, 12, "镇调委会调解员（示例）", CommitteeLevel.TOWN));
            disputes.followUp(d.getId(), new DisputeCommands.FollowUpInput(FollowUp.Kind.MAJOR, day.plusDays(1), null,
                    "镇领导召集相关部门研判，安排专人稳控家属情绪。"));
            disputes.recordSession(d.getId(), new SessionInput(day.plusDays(3), "镇人民调解委员会调解室",
                    "死者家属、雇主、调解员", "镇调委会调解员（示例）", "依法释明赔偿项目与标准，双方初步达成一致。"));
            disputes.conclude(d.getId(), written(day.plusDays(8)));
            courtConfirmation(random, d, day.plusDays(8), dates);
        }
        LocalDate day = today.minusDays(4);
        Dispute open = disputes.register(new Registration(villages.get(0).id(), day, DisputeCategory.DAMAGES,
                DisputeSource.POLICE, IntakeChannel.POLICE_REFERRAL,
                "家纺厂房施工中发生意外死亡事故，家属聚集要求赔偿。", parties(random), new BigDecimal("800000"),
                RiskLevel.HIGH, true, 1, 15, "镇调委会调解员（示例）", CommitteeLevel.TOWN));
        disputes.followUp(open.getId(), new DisputeCommands.FollowUpInput(FollowUp.Kind.MAJOR, day.plusDays(1),
                null, "已报告镇领导，派出所、司法所联合稳控。"));
    }

    /**
     * The report year's 两会 campaign, every village reported, and a campaign running now (from ten days ago to ten
     * days ahead) with four villages still to report.
     */
    private void campaigns(List<OrgUnitView> villages, DemoCalendar dates) {
        ScreeningCampaign twoSessions = campaigns.open(new CampaignService.OpenCampaign(
                dates.reportYear() + "年全国两会期间矛盾纠纷专项排查", CampaignTheme.TWO_SESSIONS,
                dates.inReportYear(2, 26), dates.inReportYear(3, 15),
                villages.stream().limit(10).map(OrgUnitView::id).toList(),
                "各村（居）对辖区重点人员、重点矛盾逐户排查，排查结果于3月15日前报镇调委会。"));
        var done = campaigns.view(twoSessions.getId());
        for (int i = 0; i < done.assignments().size(); i++) {
            campaigns.reportNoRisk(done.assignments().get(i).getId(),
                    new CampaignService.NoRisk(dates.inReportYear(3, 1 + i), "已逐户走访，未发现矛盾风险。"));
        }
        LocalDate starts = dates.daysAgo(10);
        LocalDate ends = dates.inDays(10);
        ScreeningCampaign running = campaigns.open(new CampaignService.OpenCampaign(
                dates.currentYear() + "年农村土地承包和宅基地矛盾纠纷专项排查", CampaignTheme.RURAL, starts, ends,
                villages.stream().skip(10).limit(10).map(OrgUnitView::id).toList(),
                "各村（居）围绕土地承包经营权流转、宅基地界址等问题逐户排查，排查结果于" + ends.getMonthValue() + "月"
                        + ends.getDayOfMonth() + "日前报镇调委会。"));
        var open = campaigns.view(running.getId());
        for (int i = 0; i < open.assignments().size() - 4; i++) {
            campaigns.reportNoRisk(open.assignments().get(i).getId(),
                    new CampaignService.NoRisk(starts.plusDays(1 + i), "已逐户走访，未发现矛盾风险。"));
        }
    }

    private Registration registration(Random random, OrgUnitView village, LocalDate day, DisputeCategory category,
                                      DisputeSource source, IntakeChannel channel, CommitteeLevel committee) {
        BigDecimal amount = random.nextInt(3) == 0 ? null : BigDecimal.valueOf(500L * (1 + random.nextInt(80)));
        return new Registration(village.id(), day, category, source, channel,
                village.name() + "村民" + MATTERS[random.nextInt(MATTERS.length)] + "。", parties(random), amount,
                random.nextInt(10) == 0 ? RiskLevel.MEDIUM : RiskLevel.LOW, false, 0, 2, "调解员（示例）", committee);
    }

    private static List<PartyInput> parties(Random random) {
        return List.of(new PartyInput(PartyRole.APPLICANT, name(random), null, "139" + (10000000 + random.nextInt(
                        89999999)), "三星镇"),
                new PartyInput(PartyRole.RESPONDENT, name(random), null, null, null));
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static Conclusion written(LocalDate on) {
        return new Conclusion(DisputeStatus.SUCCEEDED, on, AgreementForm.WRITTEN,
                "一、被申请人于协议签订之日起十日内一次性支付申请人赔偿款；二、双方就此纠纷再无其他争议。", null, on, true, true,
                true, null, null);
    }

    private static Conclusion oral(LocalDate on) {
        return new Conclusion(DisputeStatus.SUCCEEDED, on, AgreementForm.ORAL, null,
                "双方当场达成谅解，被申请人当面赔礼道歉并即时履行。", null, false, false, false, null, null);
    }
}
