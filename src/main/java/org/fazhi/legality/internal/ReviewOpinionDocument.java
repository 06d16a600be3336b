package org.fazhi.legality.internal;

import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.docx.OfficialLayout;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合法性审查意见书 — the reviewer's conclusion as the judicial office sends it to the drafting unit, in the official
 * layout: the draft received, the conclusion, its reasons and legal basis, and counsel's opinions taken into account.
 */
@Component
public class ReviewOpinionDocument {

    private final LegalityReviews reviews;
    private final OrgDirectory directory;

    ReviewOpinionDocument(LegalityReviews reviews, OrgDirectory directory) {
        this.reviews = reviews;
        this.directory = directory;
    }

    /** The document of a concluded review the caller may read; before the conclusion there is none (422). */
    @Transactional(readOnly = true)
    public byte[] of(long id) {
        LegalityReview r = reviews.review(id);
        if (r.getState() != ReviewState.CONCLUDED) {
            throw new RuleViolation("legality.document.notConcluded");
        }
        OrgUnitView holder = directory.get(r.getHolderUnitId());
        String issuer = holder.type() == org.fazhi.organization.OrgUnitType.DEPARTMENT
                ? directory.get(r.getTownId()).name() + holder.name() : holder.name();
        OfficialLayout d = new OfficialLayout().title("合法性审查意见书")
                .number(issuer + "合审〔" + r.getConcludedOn().getYear() + "〕" + r.getId() + "号")
                .addressee(directory.find(r.getDraftingUnitId()).map(OrgUnitView::name).orElse("") + "：")
                .paragraph("你单位于" + OfficialLayout.chineseDate(r.getReceivedOn()) + "送审的《" + r.getTitle()
                        + "》（" + r.getKind().label() + "）收悉。经审查，现提出如下意见：")
                .heading1("一、审查结论")
                .paragraph(r.getConclusion().label() + "。")
                .heading1("二、理由")
                .paragraph(r.getReasons())
                .heading1("三、法律依据")
                .paragraph(r.getLegalBasis() == null ? "无。" : r.getLegalBasis());
        var written = reviews.opinionsOf(id).stream().filter(CounselOpinion::written).toList();
        if (!written.isEmpty()) {
            d.heading1("四、法律顾问意见");
            written.forEach(o -> d.paragraph(OfficialLayout.chineseDate(o.getWrittenOn()) + "：" + o.getText()));
        }
        return d.signature(issuer, r.getConcludedOn()).bytes();
    }
}
