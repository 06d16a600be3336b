package org.fazhi.legality.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 审查状态 — where a review stands. The steps allowed from each state are {@link Step}'s table, the one place the
 * procedure is written down; each step is one method of {@link LegalityReview}.
 */
public enum ReviewState {
    /** 审查中 — the reviewer has the draft and its clock runs */
    UNDER_REVIEW("审查中"),
    /** 退回补充材料 — waiting for the drafter's material; the clock restarts when it arrives */
    RETURNED("退回补充材料"),
    /** 征求法律顾问意见 — counsel has been asked and has not answered yet */
    AWAITING_COUNSEL("征求法律顾问意见中"),
    /** 已出具审查意见 */
    CONCLUDED("已出具审查意见");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a review in this state may take. */
    public Set<Step> steps() {
        Set<Step> s = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (step.from.contains(this)) {
                s.add(step);
            }
        }
        return s;
    }

    /** The step table: each step, the states it starts from and the state it leads to ({@code null}: unchanged). */
    public enum Step {
        /** 改派审查人员 */
        REASSIGN(EnumSet.of(UNDER_REVIEW, RETURNED, AWAITING_COUNSEL), null),
        /** 退回补充材料 */
        RETURN_FOR_MATERIAL(EnumSet.of(UNDER_REVIEW), RETURNED),
        /** 补充材料收到 */
        RECEIVE_MATERIAL(EnumSet.of(RETURNED), UNDER_REVIEW),
        /** 征求法律顾问意见 */
        ASK_COUNSEL(EnumSet.of(UNDER_REVIEW), AWAITING_COUNSEL),
        /** 法律顾问出具意见 */
        COUNSEL_OPINION(EnumSet.of(AWAITING_COUNSEL), UNDER_REVIEW),
        /** 出具审查意见 */
        CONCLUDE(EnumSet.of(UNDER_REVIEW), CONCLUDED);

        private final Set<ReviewState> from;
        private final ReviewState to;

        Step(Set<ReviewState> from, ReviewState to) {
            this.from = from;
            this.to = to;
        }

        public ReviewState to(ReviewState current) {
            return to == null ? current : to;
        }
    }
}
