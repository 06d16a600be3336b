package org.fazhi.legality.internal;

import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.docx.OfficialLayout;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重大行政决策全过程档案 — the whole file of a decision as one document for the archive (《重大行政决策程序暂行条例》
 * 第40条): the matter, the consultation and the comments answered, the experts, the risk assessment, counsel, the
 * legality review, the meeting, the published decision and its evaluation. Commenters are named as initials.
 */
@Component
public class MajorDecisionFile {

    private final MajorDecisions decisions;
    private final OrgDirectory directory;

    MajorDecisionFile(MajorDecisions decisions, OrgDirectory directory) {
        this.decisions = decisions;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public byte[] of(long id) {
        MajorDecision d = decisions.decision(id);
        String town = directory.get(d.getTownId()).name();
        OfficialLayout doc = new OfficialLayout().title("重大行政决策全过程档案")
                .paragraph("决策事项：" + d.getTitle())
                .paragraph("承办单位：" + directory.find(d.getDraftingUnitId()).map(OrgUnitView::name).orElse(""))
                .paragraph("事项类别：" + d.getScopeItem().label() + "（" + d.getCatalogueYear() + "年度决策事项目录）")
                .paragraph("办理状态：" + d.getState().label());
        doc.heading1("一、公众参与");
        if (d.getConsultationOpensOn() == null) {
            doc.paragraph("尚未公开征求意见。");
        } else {
            doc.paragraph("征求意见期间：" + OfficialLayout.chineseDate(d.getConsultationOpensOn()) + "至"
                    + OfficialLayout.chineseDate(d.getConsultationClosesOn())
                    + (d.getConsultationReason() == null ? "。" : "（缩短期限的理由：" + d.getConsultationReason() + "）。"));
            decisions.commentsOf(id).forEach(c -> doc.paragraph(OfficialLayout.chineseDate(c.getReceivedOn())
                    + "收到意见：" + c.getText() + (c.getAnswer() == null ? "" : "　答复：" + c.getAnswer())));
            if (d.getConsultationSummary() != null) {
                doc.paragraph("意见汇总：" + d.getConsultationSummary());
            }
        }
        doc.heading1("二、专家论证");
        doc.paragraph(d.getExpertOn() == null ? "未组织专家论证。"
                : OfficialLayout.chineseDate(d.getExpertOn()) + "：" + d.getExpertSummary());
        doc.heading1("三、风险评估");
        doc.paragraph(d.getRiskOn() == null ? "未进行风险评估。"
                : OfficialLayout.chineseDate(d.getRiskOn()) + "：" + d.getRiskLevel().label() + "；"
                + d.getRiskMeasures());
        doc.heading1("四、法律顾问意见");
        doc.paragraph(d.getCounselOn() == null ? "未单独记录法律顾问意见。"
                : OfficialLayout.chineseDate(d.getCounselOn()) + "：" + d.getCounselOpinion());
        doc.heading1("五、合法性审查");
        doc.paragraph(decisions.linkedReview(d).map(r -> "《" + r.getTitle() + "》："
                + (r.getConclusion() == null ? "审查中" : r.getConclusion().label() + "（"
                + OfficialLayout.chineseDate(r.getConcludedOn()) + "）")).orElse("尚未关联合法性审查。"));
        doc.heading1("六、集体讨论");
        doc.paragraph(d.getHeldOn() == null ? "尚未集体讨论。"
                : OfficialLayout.chineseDate(d.getHeldOn()) + d.getMeeting() + "：" + d.getResult().label()
                + (d.getAttendees() == null ? "" : "；出席：" + d.getAttendees())
                + (d.getDissent() == null ? "" : "；不同意见：" + d.getDissent()));
        doc.heading1("七、决策公布");
        doc.paragraph(d.getPublishedOn() == null ? "尚未公布。"
                : OfficialLayout.chineseDate(d.getPublishedOn()) + "公布：" + d.getPublishedText());
        doc.heading1("八、决策后评估");
        doc.paragraph(d.getEvaluatedOn() == null ? "尚未评估。"
                : OfficialLayout.chineseDate(d.getEvaluatedOn()) + "：" + d.getEvaluation()
                + (d.getAdjustment() == null ? "" : "　调整：" + d.getAdjustment()));
        return doc.signature(town + "人民政府", decisions.today()).bytes();
    }
}
