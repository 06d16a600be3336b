package org.fazhi.report.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 报告状态 — where a report stands. The steps allowed from each state are {@link Step}'s table; each step is one
 * method of {@link RuleOfLawReport}.
 */
public enum ReportState {
    /** 草稿 — figures read live; the text may be edited */
    DRAFT,
    /** 已审定 — text and figures frozen */
    APPROVED,
    /** 已公开 */
    PUBLISHED;

    /** The steps a report in this state may take. */
    public Set<Step> steps() {
        Set<Step> s = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (step.from == this) {
                s.add(step);
            }
        }
        return s;
    }

    /** The step table: each step, the state it starts from and the state it leads to. */
    public enum Step {
        /** 修改文字 */
        EDIT(DRAFT, DRAFT),
        /** 审定 */
        APPROVE(DRAFT, APPROVED),
        /** 公开 */
        PUBLISH(APPROVED, PUBLISHED);

        private final ReportState from;
        private final ReportState to;

        Step(ReportState from, ReportState to) {
            this.from = from;
            this.to = to;
        }

        public ReportState to() {
            return to;
        }
    }
}
