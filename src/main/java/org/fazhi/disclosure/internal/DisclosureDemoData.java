package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.RunAs;
import org.fazhi.shared.ResidentIdNumber;
import org.fazhi.shared.input.ValueRules;
import org.springframework.stereotype.Component;

/**
 * Demo data of 政务公开: a catalogue and a year of applications in every state for 三星镇 (as {@code clerk}), a few for
 * 示例镇 (as {@code t2-clerk}) and the written parts of the reports, all made through the module's services so that
 * the annual report has content on first start (the reconsideration and the lawsuit about replies that table 四 counts
 * are demo cases of the litigation module). Dates count back from the day of the first start so that every step is valid whenever the demo is loaded; the open applications and catalogue items
 * fall due in the coming days, one of each overdue this month. Names are invented.
 */
@Component
class DisclosureDemoData implements DemoDataContributor {

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final AnnualReportService reports;

    DisclosureDemoData(ApplicationService applications, CatalogueService catalogue, AnnualReportService reports) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        LocalDate today = dates.today();
        runAs.as("clerk", () -> {
            catalogue(dates);
            applicationsOfSanxing(dates);
            long town = DataScope.currentUser().orElseThrow().homeUnit().townId();
            for (int year : List.of(dates.reportYear(), dates.currentYear())) {
                reports.editText(year, town, "本年度，三星镇认真贯彻落实《中华人民共和国政府信息公开条例》，"
                                + "健全政府信息管理动态调整机制和政府信息公开协调机制，对主动公开信息事项及时准确对外公示；"
                                + "对符合法定条件要求的依申请公开信息，按时有效答复。（示例）",
                        "一是政策解读形式较为单一；二是依申请公开办理人员业务能力有待提升。下一步将加强培训，丰富解读形式。（示例）",
                        "本年度无其他需要报告的事项。（示例）", 36, new BigDecimal("0.0000"));
            }
        });
        runAs.as("t2-clerk", () -> {
            long a = applications.register(d(today.minusDays(90)), "IN_PERSON", person("示例甲", "320606198502021111",
                    "示例镇辖区内道路维修计划")).getId();
            applications.decide(a, d(dates.workingDaysAfter(today.minusDays(90), 10)), "DISCLOSED", null);
            String budget = "示例镇" + dates.currentYear() + "年财政预算";
            applications.register(d(today.minusDays(3)), "ORDINARY_MAIL", person("示例乙", "320606197703033333",
                    budget));
            catalogue.create("BUDGET", budget + "公开", null, budget + "（示例）。",
                    d(today.minusDays(50)), d(today.minusDays(45)));
        });
    }

    private void catalogue(DemoCalendar dates) {
        LocalDate today = dates.today();
        catalogue.create("ORGANIZATION", "三星镇人民政府机构职能", null,
                "三星镇人民政府负责本镇行政区域内的经济、社会、文化等各项行政工作。办公地址：三星镇人民路。办公时间：工作日"
                        + "上午8:30-12:00，下午13:30-17:30。（示例）",
                d(today.minusDays(300)), d(today.minusDays(295)));
        // normative documents are numbered in the year they were issued: the report year's first one in March of it
        LocalDate careIssued = dates.workdayInReportYear(3, 10);
        catalogue.create("NORMATIVE_DOCUMENT", "三星镇农村人居环境长效管护办法", "三政规〔" + careIssued.getYear() + "〕1号",
                "为巩固农村人居环境整治成果，制定本办法。（示例）", d(careIssued), d(dates.workingDaysAfter(careIssued, 5)));
        LocalDate financeIssued = today.minusDays(1000);
        long old = catalogue.create("NORMATIVE_DOCUMENT", "三星镇村级财务管理暂行规定", "三政规〔" + financeIssued.getYear()
                + "〕2号", "规范村级财务管理。（示例，已废止）", d(financeIssued), d(today.minusDays(995))).getId();
        catalogue.repeal(old, d(today.minusDays(200)));
        LocalDate floodIssued = today.minusDays(150);
        catalogue.create("NORMATIVE_DOCUMENT", "三星镇防汛防台应急管理规定", "三政规〔" + floodIssued.getYear() + "〕3号",
                "明确防汛防台职责分工与应急响应程序。（示例）", d(floodIssued), d(today.minusDays(140)));
        catalogue.create("SOCIAL_ASSISTANCE", "三星镇最低生活保障对象名单公示", null,
                "依据《社会救助暂行办法》公示本镇最低生活保障对象（已作个人信息处理）。（示例）",
                d(today.minusDays(100)), d(today.minusDays(90)));
        catalogue.create("LAND_CONTRACT", "三星镇农村土地承包经营权流转情况", null,
                "本年度农村土地承包经营权流转面积、价格及合同签订情况。（示例）", d(today.minusDays(80)), d(today.minusDays(70)));
        catalogue.create("HOMESTEAD", "三星镇宅基地使用审核结果公示", null, "本季度宅基地使用审核结果。（示例）",
                d(today.minusDays(60)), d(today.minusDays(20)));
        catalogue.create("BUDGET", "三星镇" + dates.currentYear() + "年财政预算", null, "三星镇本年度一般公共预算收支情况。（示例）",
                d(today.minusDays(250)), d(today.minusDays(240)));
        // formed but not yet published: one past its art. 26 clock this month, one within it
        catalogue.create("LAND_REQUISITION", "三星镇集体土地征收补偿安置方案", null, "征收范围、补偿标准及安置方式。（示例）",
                d(dates.workingDaysBefore(dates.overdueBy(3), DisclosurePeriods.PUBLICATION.amount())), null);
        catalogue.create("FUNDRAISING", "三星镇村内道路建设一事一议筹资方案", null, "筹资对象、标准和用途。（示例）",
                d(today.minusDays(5)), null);
    }

    private void applicationsOfSanxing(DemoCalendar dates) {
        LocalDate today = dates.today();
        // decided in the year, each outcome group represented
        String[][] decided = {
                {"330", "NATURAL_PERSON", "DISCLOSED", ""},
                {"310", "NATURAL_PERSON", "PARTIALLY_DISCLOSED", "部分内容涉及第三方个人隐私，已作区分处理"},
                {"290", "COMMERCIAL", "WITHHELD_THIRD_PARTY_RIGHTS", "涉及第三方商业秘密，第三方不同意公开"},
                {"270", "NATURAL_PERSON", "UNAVAILABLE_NOT_HELD", "本机关不掌握该信息，建议向区自然资源和规划局申请"},
                {"250", "LEGAL_SERVICE", "WITHHELD_PROCESS_INFORMATION", "属于讨论记录等过程性信息"},
                {"230", "NATURAL_PERSON", "NOT_HANDLED_PETITION", "属于信访举报投诉类申请，已告知通过信访渠道提出"},
                {"210", "RESEARCH", "DISCLOSED", ""},
                {"190", "NONPROFIT", "UNAVAILABLE_NEEDS_CREATION", "需要对现有信息进行加工、分析"},
                {"170", "NATURAL_PERSON", "NOT_HANDLED_REPEAT", "重复申请，已于此前答复"},
                {"150", "OTHER", "DISCLOSED", ""},
                {"130", "NATURAL_PERSON", "OTHER", "申请人撤回申请"},
        };
        int n = 0;
        for (String[] row : decided) {
            LocalDate received = today.minusDays(Long.parseLong(row[0]));
            long id = register(received, row[1], n++);
            applications.decide(id, d(dates.workingDaysAfter(received, 12)), row[2], row[3].isEmpty() ? null : row[3]);
        }
        // extended, then decided
        LocalDate r1 = today.minusDays(120);
        long ext = register(r1, "NATURAL_PERSON", n++);
        applications.extend(ext, d(dates.workingDaysAfter(r1, 18)), "李明 政务公开办公室主任", "需调取历年档案", null);
        applications.decide(ext, d(dates.workingDaysAfter(r1, 30)), "DISCLOSED", null);
        // supplement requested and never supplied: closed as abandoned
        LocalDate r2 = today.minusDays(100);
        long abandoned = register(r2, "NATURAL_PERSON", n++);
        applications.requestSupplement(abandoned, d(dates.workingDaysAfter(r2, 3)), List.of("所需信息的名称或文号", "获取信息的方式"),
                d(dates.workingDaysAfter(r2, 13)));
        applications.decide(abandoned, d(dates.workingDaysAfter(r2, 14)), "OTHER_NO_SUPPLEMENT", "申请人无正当理由逾期不补正");
        // supplied, then found still unclear
        LocalDate r3 = today.minusDays(80);
        long unclear = register(r3, "COMMERCIAL", n++);
        applications.requestSupplement(unclear, d(dates.workingDaysAfter(r3, 2)), List.of("所需信息的具体内容"),
                d(dates.workingDaysAfter(r3, 12)));
        applications.receiveSupplement(unclear, d(dates.workingDaysAfter(r3, 6)));
        applications.decide(unclear, d(dates.workingDaysAfter(r3, 20)), "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT",
                "补正后申请内容仍不明确");
        // consulted a third party, then decided
        LocalDate r4 = today.minusDays(70);
        long consulted = register(r4, "NATURAL_PERSON", n++);
        applications.consult(consulted, d(dates.workingDaysAfter(r4, 3)), d(dates.workingDaysAfter(r4, 13)),
                "第三方：三星镇某纺织有限公司", "THIRD_PARTY");
        applications.decide(consulted, d(dates.workingDaysAfter(r4, 22)), "PARTIALLY_DISCLOSED", "第三方不同意公开的部分不予公开");
        // fee noticed, paid, decided; and one fee left unpaid
        LocalDate r5 = today.minusDays(60);
        long paid = register(r5, "COMMERCIAL", n++);
        applications.noticeFee(paid, d(dates.workingDaysAfter(r5, 2)), null, "PER_PAGE", 120, null);
        applications.payFee(paid, d(dates.workingDaysAfter(r5, 5)));
        applications.decide(paid, d(dates.workingDaysAfter(r5, 15)), "DISCLOSED", null);
        LocalDate r6 = today.minusDays(75);
        long unpaid = register(r6, "OTHER", n++);
        applications.noticeFee(unpaid, d(dates.workingDaysAfter(r6, 2)), null, null, null, new BigDecimal("300"));
        applications.decide(unpaid, d(dates.workingDaysAfter(r6, 23)), "OTHER_FEE_UNPAID", "申请人逾期未缴纳信息处理费");
        // open now, one in every state; the first one's 20 working days end on the third working day from today
        int answer = DisclosurePeriods.ANSWER.amount();
        register(dates.workingDaysBefore(dates.workingDaysAhead(3), answer), "NATURAL_PERSON", n++);
        // overdue this month: its 20 working days ended two working days ago, no answer
        register(dates.workingDaysBefore(dates.overdueBy(2), answer), "NATURAL_PERSON", n++);
        LocalDate r7 = today.minusDays(6);
        long waiting = register(r7, "NATURAL_PERSON", n++);
        applications.requestSupplement(waiting, d(past(dates.workingDaysAfter(r7, 2), today)),
                List.of("所需信息的名称或文号"), d(today.plusDays(10)));
        LocalDate r8 = today.minusDays(14);
        long consulting = register(r8, "LEGAL_SERVICE", n++);
        applications.consult(consulting, d(past(dates.workingDaysAfter(r8, 3), today)), null, "区住房和城乡建设局", "AGENCY");
        LocalDate r9 = today.minusDays(12);
        long fee = register(r9, "COMMERCIAL", n++);
        applications.noticeFee(fee, d(past(dates.workingDaysAfter(r9, 2), today)), null, "PER_PAGE", 60, null);
    }

    private static final String[] NAMES = {"张建国", "李秀英", "王海燕", "赵志强", "陈晓东", "刘桂兰", "杨明", "黄丽",
            "周小平", "吴建华", "徐静", "孙伟", "马红梅", "朱新民", "胡军", "郭丽娟", "何勇", "高峰", "林芳", "罗斌", "梁辉",
            "宋佳", "郑涛", "谢敏"};
    private static final String[] ORGS = {"南通市三星绣品有限公司", "江苏示例科学研究院", "海门区示例公益服务中心",
            "江苏示例律师事务所", "三星镇示例村股份经济合作社"};
    private static final String[] TOPICS = {"本村征地补偿款发放明细", "本镇上一年度农村低保审批情况",
            "某地块土地征收批复文件", "本镇道路建设项目招投标结果", "本村宅基地审批结果", "本镇财政预算执行情况",
            "某企业环境违法行为处罚决定", "本镇拆迁安置方案"};

    private long register(LocalDate receivedOn, String type, int n) {
        boolean person = "NATURAL_PERSON".equals(type);
        String name = person ? NAMES[n % NAMES.length] : ORGS[n % ORGS.length];
        String id = person ? ResidentIdNumber.withCheckCharacter("32068419" + String.format("%02d", 60 + n % 40) + "0101"
                + String.format("%03d", n % 1000))
                : ValueRules.creditCodeWithCheckCharacter("91320684MA1" + String.format("%06d", n));
        String[] channels = {"IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL", "ONLINE", "FAX"};
        return applications.register(d(receivedOn), channels[n % channels.length],
                new ApplicationService.ApplicantInput(type, name, id, "1390513" + String.format("%04d", n),
                        "海门区三星镇示例路" + (n + 1) + "号", TOPICS[n % TOPICS.length] + "（示例）", "电子邮件"))
                .getId();
    }

    private static ApplicationService.ApplicantInput person(String name, String id, String content) {
        return new ApplicationService.ApplicantInput("NATURAL_PERSON", name, id, "13900000000", "示例镇示例路1号",
                content + "（示例）", null);
    }


    /** A step planned for a day that a long holiday may push past today happens today at the latest. */
    private static LocalDate past(LocalDate planned, LocalDate today) {
        return planned.isAfter(today) ? today : planned;
    }

    private static String d(LocalDate date) {
        return date.toString();
    }
}
