package org.fazhi.supervision.internal;

import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.docx.OfficialLayout;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政执法监督意见书 / 整改通知书 — the notice as the judicial office sends it to the department, in the official layout:
 * what the data showed (each finding with its rule and record), the opinion, and the date by which the department
 * answers with its correction.
 */
@Component
public class NoticeDocument {

    private final Findings findings;
    private final OrgDirectory directory;

    NoticeDocument(Findings findings, OrgDirectory directory) {
        this.findings = findings;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public byte[] of(long id) {
        SupervisionNotice n = findings.notice(id);
        OrgUnitView town = directory.get(n.getTownId());
        String issuer = town.name() + Complaints.JUDICIAL_OFFICE;
        OfficialLayout d = new OfficialLayout().title(n.getKind().label()).number(n.getNumber())
                .addressee(directory.find(n.getHolderUnitId()).map(OrgUnitView::name).orElse("") + "：")
                .paragraph("经对你单位行政执法数据的监督检查，发现下列问题：");
        int i = 1;
        for (SupervisionFinding f : findings.findingsOf(id)) {
            d.paragraph(i++ + ". " + f.getRule().label() + "：" + f.getSubjectTitle()
                    + (f.getDueOn() == null ? "" : "（期限 " + OfficialLayout.chineseDate(f.getDueOn()) + "）")
                    + (f.isRepeat() ? "（销号后再次发生）" : ""));
        }
        d.heading1("监督意见").paragraph(n.getOpinion())
                .paragraph("请于" + OfficialLayout.chineseDate(n.getAnswerBy()) + "前将整改情况书面答复本所。");
        return d.signature(issuer, n.getIssuedOn()).bytes();
    }
}
