package org.fazhi.enforcement.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.files.Attachments;
import org.fazhi.officer.CertificateRegister;
import org.fazhi.officer.OfficerSummary;
import org.fazhi.organization.DemoCalendar;
import org.fazhi.organization.DemoDataContributor;
import org.fazhi.organization.RunAs;
import org.fazhi.publication.PartyType;
import org.springframework.stereotype.Component;

/**
 * Demo penalty cases of 三星镇 in every state of the procedure, each taken step by step through the service as the
 * officers, the reviewer and the leader would, and one case of the second town. Parties are invented (示例).
 * <p>
 * The finished cases (executed, closed, and one on the spot) fall in the report year, the year before the first start;
 * the open ones are recent, each dated back from the step it stops at so that its running clocks fall due in the
 * coming days (the investigating case inside the warning window of its 90 days); one served case is the decision the
 * litigation demo's reconsideration revokes. Steps fall on working days, and the
 * decision waits until the day after the statement window the notice opened, however many holidays it spans.
 */
@Component
class EnforcementDemoData implements DemoDataContributor {

    /** A 1×1 PNG: the demo's stand-in for a photo taken on the spot. */
    static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    /** Working days from filing to the notice (investigation, proposal and its approval in between). */
    private static final int NOTIFY = 4;
    /**
     * Working days from filing to the submission for legal review: the first working day after the statement window
     * of the town's default setting (5 working days, as the hearing-request window of 第64条).
     */
    private static final int REVIEW = NOTIFY + EnforcementSettings.DEFAULT_STATEMENT_DAYS + 1;
    /** Working days from filing to the decision: the review, the heads' discussion where needed, then the decision. */
    private static final int DECIDE = REVIEW + 3;

    private final CaseService cases;
    private final CaseApprovals approvals;
    private final CaseSettings settings;
    private final CertificateRegister register;
    private final Attachments attachments;

    EnforcementDemoData(CaseService cases, CaseApprovals approvals, CaseSettings settings, CertificateRegister register,
                        Attachments attachments) {
        this.cases = cases;
        this.approvals = approvals;
        this.settings = settings;
        this.register = register;
        this.attachments = attachments;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load(RunAs runAs, DemoCalendar dates) {
        runAs.as("leader", () -> settings.registerReviewer("reviewer", true, dates.yearsBeforeReport(5, 5, 6)));
        // the report year: decided, served, paid and, but for one, closed. Filed first, so that its cases hold the
        // year's first numbers even when the recent cases were filed in the last days of that year.
        Demo[] reportYear = {
            new Demo("损坏市政设施案（示例）", CaseState.CLOSED, dates.workdayInReportYear(4, 1), false, true),
            new Demo("违规焚烧垃圾案（示例）", CaseState.EXECUTED, dates.workdayInReportYear(6, 3), false, false),
            new Demo("噪声扰民案（示例）", CaseState.CLOSED, dates.workdayInReportYear(9, 2), false, false),
            new Demo("油烟污染扰民案（示例）", CaseState.CLOSED, dates.workdayInReportYear(11, 4), false, false),
        };
        for (Demo d : reportYear) {
            ordinary(runAs, d, dates);
        }
        summary(runAs, dates.workdayInReportYear(8, 15));
        Demo[] recent = {
            // served thirty working days ago; its reconsideration, lost by the town, is the litigation demo's
            new Demo("擅自占用城市绿地案（示例）", CaseState.SERVED, dates.workingDaysAgo(30 + DECIDE + 1), false, false),
            // filed two working days ago, the 90 days to decide ahead
            new Demo("占道经营案（示例）", CaseState.FILED, dates.workingDaysAgo(2), false, false),
            // its 90 days end on the second working day from today: near its deadline for the judicial office
            new Demo("违规设置户外广告案（示例）", CaseState.INVESTIGATING,
                    dates.workingDaysAhead(2).minusDays(PenaltyPeriods.DECISION.amount()), false, false),
            // notified yesterday (a working day): the statement window runs into the coming days
            new Demo("擅自搭建临时建筑案（示例）", CaseState.NOTIFIED,
                    dates.workingDaysBefore(dates.workingDaysAgo(1), NOTIFY), false, false),
            new Demo("违法建设案（示例）", CaseState.HEARING,
                    dates.workingDaysBefore(dates.workingDaysAgo(3), NOTIFY + 1), true, false),
            // submitted for legal review five working days ago
            new Demo("随意倾倒建筑垃圾案（示例）", CaseState.LEGAL_REVIEW, dates.workingDaysAgo(5 + REVIEW), false, false),
            // discussed by the heads four working days ago
            new Demo("非法占用农用地案（示例）", CaseState.COLLECTIVE_DISCUSSION, dates.workingDaysAgo(4 + REVIEW + 2),
                    false, true),
            // decided two working days ago: to be served and published in the coming days
            new Demo("违规占道堆放杂物案（示例）", CaseState.DECIDED, dates.workingDaysAgo(2 + DECIDE), false, false),
            // served three working days ago: the 15 days to pay run
            new Demo("擅自挖掘城市道路案（示例）", CaseState.SERVED, dates.workingDaysAgo(3 + DECIDE + 1), false, false),
        };
        for (Demo d : recent) {
            ordinary(runAs, d, dates);
        }
        runAs.as("t2-officer1", () -> {
            LocalDate filed = dates.workingDaysAgo(4);
            List<Long> officers = officers("t2-officer1", "t2-officer2", filed);
            cases.file(filing(ProcedureKind.ORDINARY, "示例镇占道经营案（示例）", filed, false, officers));
        });
    }

    record Demo(String title, CaseState stopAt, LocalDate filedOn, boolean hearing, boolean collective) {
    }

    private void ordinary(RunAs runAs, Demo d, DemoCalendar dates) {
        try {
            takeThrough(runAs, d, dates);
        } catch (org.fazhi.shared.RuleViolation e) {
            throw new IllegalStateException("demo case " + d.title() + " refused: " + e.problems().stream()
                    .map(p -> p.messageKey() + java.util.Arrays.toString(p.args())).toList(), e);
        }
    }

    /** Files an ordinary-procedure case and takes it step by step to the state it stops at. */
    private void takeThrough(RunAs runAs, Demo d, DemoCalendar dates) {
        LocalDate filed = d.filedOn();
        long id = runAs.as("officer1", () -> cases.file(filing(ProcedureKind.ORDINARY, d.title(), filed,
                d.collective(), List.of())).getId());
        if (d.stopAt() == CaseState.FILED) {
            return;
        }
        approve(runAs, id, ApprovalStage.FILING, filed, "officer1", "leader");
        List<Long> team = runAs.as("officer1", () -> officers("officer1", "officer2", filed));
        step(runAs, "officer1", id, Step.INVESTIGATE, CaseService.StepInput.on(dates.workingDaysAfter(filed, 1))
                .withOfficers(team));
        if (d.stopAt() == CaseState.INVESTIGATING) {
            return;
        }
        BigDecimal fine = d.hearing() ? new BigDecimal("200000") : new BigDecimal("2000");
        runAs.as("officer1", () -> cases.propose(id, EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE), fine, null));
        approve(runAs, id, ApprovalStage.PROPOSAL, dates.workingDaysAfter(filed, NOTIFY - 1), "officer1", "leader");
        LocalDate notified = dates.workingDaysAfter(filed, NOTIFY);
        PenaltyCase noticed = step(runAs, "officer1", id, Step.NOTIFY, CaseService.StepInput.on(notified)
                .withOfficers(team));
        if (d.stopAt() == CaseState.NOTIFIED) {
            return;
        }
        if (d.hearing()) {
            step(runAs, "officer1", id, Step.REQUEST_HEARING, CaseService.StepInput.on(dates.workingDaysAfter(notified,
                    1)));
            return;
        }
        // the first working day after the statement window (第44条、第45条) has closed
        LocalDate reviewOn = dates.workingDaysAfter(noticed.getNotice().getWindowEndsOn(), 1);
        step(runAs, "officer1", id, Step.SUBMIT_REVIEW, CaseService.StepInput.on(reviewOn));
        if (d.stopAt() == CaseState.LEGAL_REVIEW) {
            return;
        }
        runAs.as("reviewer", () -> cases.act(id, Step.REVIEW, new CaseService.StepInput(
                dates.workingDaysAfter(reviewOn, 1), List.of(), null, null, null, null, null, true,
                "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。", "经审查，同意法制审核意见。（法律顾问，示例）", null, null,
                null, null, null, null)));
        if (d.collective()) {
            step(runAs, "leader", id, Step.DISCUSS, CaseService.StepInput.on(dates.workingDaysAfter(reviewOn, 2))
                    .withNote("经负责人集体讨论，同意拟处罚意见。"));
            if (d.stopAt() == CaseState.COLLECTIVE_DISCUSSION) {
                return;
            }
        }
        LocalDate decided = dates.workingDaysAfter(reviewOn, 3);
        approve(runAs, id, ApprovalStage.DECISION, decided, "officer1", "leader", "leader", "leader");
        step(runAs, "officer1", id, Step.DECIDE, new CaseService.StepInput(decided, List.of(), null,
                EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE), fine, null, Outcome.PENALTY, null, null, null, null,
                null, null, null, null, null));
        if (d.stopAt() == CaseState.DECIDED) {
            return;
        }
        LocalDate served = dates.workingDaysAfter(decided, 1);
        step(runAs, "officer1", id, Step.SERVE, new CaseService.StepInput(served, team, null, null, null, null, null,
                null, null, null, null, null, "直接送达", null, null, null));
        if (d.stopAt() == CaseState.SERVED) {
            return;
        }
        step(runAs, "officer1", id, Step.PAY, new CaseService.StepInput(dates.workingDaysAfter(served, 6), List.of(),
                null, null, null, null, null, null, null, null, null, null, null, fine, null, null));
        if (d.stopAt() == CaseState.EXECUTED) {
            return;
        }
        step(runAs, "officer1", id, Step.CLOSE, CaseService.StepInput.on(dates.workingDaysAfter(served, 8)));
        attachPhotos(runAs, id);
    }

    private void summary(RunAs runAs, LocalDate on) {
        runAs.as("officer1", () -> {
            List<Long> team = officers("officer1", "officer2", on);
            PenaltyCase c = cases.file(filing(ProcedureKind.SUMMARY, "乱扔垃圾当场处罚案（示例）", on, false, team));
            cases.propose(c.getId(), EnumSet.of(PenaltyKind.FINE), new BigDecimal("50"), null);
            cases.act(c.getId(), Step.NOTIFY, CaseService.StepInput.on(on).withOfficers(team));
            cases.act(c.getId(), Step.RECORD_STATEMENT, CaseService.StepInput.on(on).withNote("当事人当场陈述，经复核不予采纳。"));
            cases.act(c.getId(), Step.DECIDE, new CaseService.StepInput(on, List.of(), null, EnumSet.of(PenaltyKind.FINE),
                    new BigDecimal("50"), null, Outcome.PENALTY, null, null, null, null, null, null, null, null, null));
            cases.act(c.getId(), Step.SERVE, new CaseService.StepInput(on, team, null, null, null, null, null, null,
                    null, null, null, null, "当场交付", null, null, null));
            cases.act(c.getId(), Step.PAY, new CaseService.StepInput(on, List.of(), null, null, null, null, null, null,
                    null, null, null, null, null, new BigDecimal("50"), null, null));
            cases.act(c.getId(), Step.CLOSE, CaseService.StepInput.on(on));
        });
    }

    private void attachPhotos(RunAs runAs, long caseId) {
        runAs.as("officer1", () -> {
            for (CaseStep s : cases.stepsOf(caseId)) {
                if (s.getStep().needsRecord()) {
                    attachments.store(StepAttachments.TYPE, s.getId(), "执法记录仪截图-" + s.getStep().name() + ".png",
                            new ByteArrayInputStream(PHOTO));
                }
            }
        });
    }

    private void approve(RunAs runAs, long id, ApprovalStage stage, LocalDate on, String... signers) {
        for (String who : signers) {
            runAs.as(who, () -> approvals.approve(id, stage, true, "同意。", on));
        }
    }

    private PenaltyCase step(RunAs runAs, String who, long id, Step step, CaseService.StepInput in) {
        try {
            return runAs.as(who, () -> cases.act(id, step, in));
        } catch (org.fazhi.shared.RuleViolation e) {
            throw new IllegalStateException("demo case " + id + " step " + step + " refused: " + e.problems().stream()
                    .map(p -> p.messageKey() + java.util.Arrays.toString(p.args())).toList(), e);
        }
    }

    private List<Long> officers(String a, String b, LocalDate on) {
        OfficerSummary first = register.ofUser(a, on).orElseThrow();
        OfficerSummary second = register.ofUser(b, on).orElseThrow();
        return List.of(first.id(), second.id());
    }

    private static FileCase filing(ProcedureKind procedure, String title, LocalDate filedOn, boolean collective,
                                   List<Long> officers) {
        boolean person = title.length() % 2 == 0;
        return new FileCase(procedure, title, person ? PartyType.NATURAL_PERSON : PartyType.ORGANISATION,
                person ? "张某某（示例）" : "海门示例商贸有限公司", person ? "320684199001011234" : null, null,
                "三星镇示例路1号", "13800000000", "在三星镇示例路" + title.replace("案（示例）", "")
                        + "，影响市容环境", "《城市市容和环境卫生管理条例》（示例）",
                filedOn.minusDays(3), false, filedOn, false, false, false, false, collective, officers);
    }
}
