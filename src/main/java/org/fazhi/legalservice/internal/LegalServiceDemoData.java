package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.legalservice.internal.LegalQuestions.NewQuestion;
import org.fazhi.legalservice.internal.LegalQuestions.NewReferral;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.RunAs;
import org.fazhi.organization.scope.DataScope;
import org.springframework.stereotype.Component;

/**
 * Demo legal questions of the last month, asked as the portal asks them and handled through the service: 林西村's go
 * to its advisor {@code village-counsel}, the other villages' (whose advisors have no account) and the town's to the
 * town's counsel {@code counsel}. Answered on time and late, published and not, one withheld, one overdue, one
 * referred to mediation and one to legal aid with the centre's reply; one open question in 示例镇. Invented names
 * and numbers, marked （示例） where they are names.
 */
@Component
class LegalServiceDemoData implements DemoDataContributor {

    private static final String LINXI = "林西村";

    private final LegalQuestions questions;
    private final OrgDirectory directory;

    LegalServiceDemoData(LegalQuestions questions, OrgDirectory directory) {
        this.questions = questions;
        this.directory = directory;
    }

    /** After mediation's own demo, so that the referred dispute takes the next free case number. */
    @Override
    public int order() {
        return 320;
    }

    /** Needs none of the other lane's records, and that lane reads none of these. */
    @Override
    public boolean standsAlone() {
        return true;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        OrgUnitView town = directory.towns().stream().filter(t -> t.name().equals("三星镇")).findFirst().orElse(null);
        if (town == null) {
            return;
        }
        List<OrgUnitView> villages = directory.villagesOf(town.id());
        long linxi = villages.stream().filter(v -> v.name().equals(LINXI)).findFirst().orElseThrow().id();
        long other1 = villages.get(1).id();
        long other2 = villages.get(2).id();
        long other3 = villages.get(3).id();

        long land = ask(town, linxi, QuestionCategory.LAND_CONTRACT, "我叫张建国（示例），电话13800001234，承包的"
                + "土地被村里调整给别人，合同还没到期，可以要回来吗？", true, dates.workingDaysAgo(15), "张建国（示例）");
        runAs.as("village-counsel", () -> questions.answer(land, "承包期内发包方不得调整承包地（《农村土地承包法》"
                + "第28条）。请带承包合同和经营权证到村委会协商，协商不成可申请村调委会调解或向仲裁委员会申请仲裁。",
                dates.workingDaysAgo(13)));

        long family = ask(town, linxi, QuestionCategory.MARRIAGE_FAMILY, "离婚后孩子的抚养费标准怎么定？", false,
                dates.workingDaysAgo(10));
        runAs.as("village-counsel", () -> questions.answer(family, "抚养费一般按月收入的20%至30%确定，"
                + "可协议，也可由法院判决（《民法典》第1085条）。", dates.workingDaysAgo(8)));

        long labour = ask(town, other1, QuestionCategory.LABOUR, "工厂拖欠我三个月工资，老板一直不给，怎么办？", true, dates.workingDaysAgo(9));
        runAs.as("counsel", () -> questions.answer(labour, "可向劳动保障监察机构投诉，或向劳动人事争议仲裁委员会"
                + "申请仲裁；保留考勤和工资条。", dates.workingDaysAgo(4)));

        long consumer = ask(town, town.id(), QuestionCategory.CONSUMER, "在家纺城买的四件套有质量问题，商家不退，"
                + "怎么维权？", true, dates.workingDaysAgo(7));
        runAs.as("counsel", () -> questions.answer(consumer, "可先与商家协商，协商不成拨打12315投诉，"
                + "或到市场管理方调解。", dates.workingDaysAgo(6)));
        runAs.as("reviewer", () -> questions.withhold(consumer, true, "涉及具体商户，核实后再公开"));

        long neighbour = ask(town, linxi, QuestionCategory.NEIGHBOURHOOD, "邻居建房挡住我家采光，多次协商不成。",
                true, dates.workingDaysAgo(5));
        runAs.as("village-counsel", () -> questions.refer(neighbour, new NewReferral(ReferralKind.MEDIATION,
                null, null, null), dates.workingDaysAgo(4)));

        long loan = ask(town, other2, QuestionCategory.LOAN, "借给亲戚5万元，对方不还，我家里困难请不起律师。",
                false, dates.workingDaysAgo(4));
        runAs.as("reviewer", () -> {
            Referral r = questions.refer(loan, new NewReferral(ReferralKind.LEGAL_AID, "民间借贷纠纷，申请法律援助",
                    null, null), dates.workingDaysAgo(3));
            questions.recordReply(r.getId(), "经审查符合条件，已指派律师承办。", dates.workingDaysAgo(1));
        });

        ask(town, linxi, QuestionCategory.TRAFFIC_ACCIDENT, "电动车被撞，对方不肯赔偿医药费。", true,
                dates.workingDaysBefore(dates.overdueBy(1), 3));
        ask(town, linxi, QuestionCategory.OTHER, "村里的集体收益分配有没有我的份？", true, dates.workingDaysAgo(1));
        ask(town, other3, QuestionCategory.MARRIAGE_FAMILY, "老人赡养费兄弟之间怎么分摊？", true, dates.today());

        directory.towns().stream().filter(t -> t.name().equals("示例镇")).findFirst().ifPresent(t2 ->
                ask(t2, directory.villagesOf(t2.id()).get(0).id(), QuestionCategory.LABOUR,
                        "示例镇的咨询：加班费怎么算？", true, dates.workingDaysAgo(1)));
    }

    private long ask(OrgUnitView town, long unitId, QuestionCategory category, String text, boolean consent,
                     LocalDate on) {
        return ask(town, unitId, category, text, consent, on, "陈咨询（示例）");
    }

    private long ask(OrgUnitView town, long unitId, QuestionCategory category, String text, boolean consent,
                     LocalDate on, String contactName) {
        return DataScope.asSystem(() -> questions.ask(town.id(), new NewQuestion(unitId, category, text,
                contactName, "13900000000", consent), on)).getId();
    }
}
