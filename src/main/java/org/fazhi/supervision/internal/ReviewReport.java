package org.fazhi.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.docx.OfficialLayout;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案卷评查报告 — a round's report in the official layout, as the judicial office sends it to the town: how the cases
 * were drawn (with the seed, so that anyone can repeat the draw), the checklist the round scored with, the result of
 * each department and each case with its deductions and their reasons, and the bands.
 */
@Component
public class ReviewReport {

    /** The report's section headings. */
    static final String DRAW = "一、抽取情况";
    static final String CHECKLIST = "二、评查标准";
    static final String DEPARTMENTS = "三、各部门评查结果";
    static final String CASES = "四、案卷评查明细";

    private final CaseReviews reviews;
    private final OrgDirectory directory;
    private final Clock clock;

    ReviewReport(CaseReviews reviews, OrgDirectory directory, Clock clock) {
        this.reviews = reviews;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] of(long roundId) {
        ReviewRound r = reviews.round(roundId);
        OrgUnitView town = directory.get(r.getTownId());
        List<ReviewItem> checklist = reviews.itemsOf(roundId);
        Map<Long, String> headings = checklist.stream().collect(Collectors.toMap(ReviewItem::getId,
                ReviewItem::getHeading, (a, b) -> a));
        List<CaseReviews.ScoredCase> drawn = reviews.casesOf(roundId);
        OfficialLayout d = new OfficialLayout().title(town.name() + r.getYear() + "年度行政执法案卷评查报告")
                .heading1(DRAW)
                .paragraph(r.isDrawn() ? "按每个执法部门抽取不少于" + r.getMinimumPerDepartment() + "件、且不少于该部门"
                        + r.getYear() + "年度作出决定案件" + r.getSharePercent() + "%的原则，于"
                        + OfficialLayout.chineseDate(r.getDrawnOn()) + "随机抽取案卷" + drawn.size() + "件（随机种子 "
                        + r.getSeed() + "，以同一种子对同一批案件可重现抽取结果）。" : "尚未抽取案卷。")
                .heading1(CHECKLIST);
        for (ReviewItem i : checklist) {
            d.paragraph(i.getPosition() + ". " + i.getHeading() + "（" + i.getMaxPoints() + "分）");
        }
        d.paragraph("评查等次：" + ReviewBand.EXCELLENT.label() + "（" + ReviewBand.EXCELLENT_FROM + "分及以上）、"
                + ReviewBand.PASS.label() + "（" + ReviewBand.PASS_FROM + "分及以上）、" + ReviewBand.FAIL.label()
                + "（" + ReviewBand.PASS_FROM + "分以下）。").heading1(DEPARTMENTS);
        for (CaseReviews.DepartmentResult dr : reviews.results(roundId)) {
            d.paragraph(dr.department() + "：抽取" + dr.drawn() + "件，已评查" + dr.scored() + "件"
                    + (dr.average() == null ? "。" : "，平均" + dr.average() + "分，" + dr.band().label() + "。"));
        }
        d.heading1(CASES);
        Map<Long, String> units = drawn.stream().map(c -> c.reviewCase().getDepartmentId()).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        id -> directory.find(id).map(OrgUnitView::name).orElse("—")));
        for (CaseReviews.ScoredCase c : drawn) {
            DrawnCase rc = c.reviewCase();
            d.heading2(rc.getCaseNumber() + " " + rc.getCaseTitle()).paragraph(units.get(rc.getDepartmentId())
                    + (rc.isScored() ? "，得分" + rc.getScore() + "分，" + rc.getBand().label() + "。" : "，尚未评查。"));
            for (ReviewDeduction x : c.deductions()) {
                d.paragraph("扣" + x.getPoints() + "分（" + headings.get(x.getItemId()) + "）：" + x.getReason());
            }
        }
        return d.signature(town.name() + Complaints.JUDICIAL_OFFICE, LocalDate.now(clock)).bytes();
    }
}
