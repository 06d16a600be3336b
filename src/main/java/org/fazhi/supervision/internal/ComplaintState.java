package org.fazhi.supervision.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 投诉举报状态 — where a complaint stands. The steps allowed from each state are {@link Step}'s table, the one place
 * the procedure is written down; each step is one method of {@link EnforcementComplaint}.
 */
public enum ComplaintState {
    /** 已登记，待决定是否受理 */
    RECEIVED("待受理"),
    /** 已受理，办理中 */
    ACCEPTED("办理中"),
    /** 不予受理（理由已告知） */
    NOT_ACCEPTED("不予受理"),
    /** 已办结（已答复） */
    CONCLUDED("已办结");

    private final String label;

    ComplaintState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a complaint in this state may take. */
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
        /** 受理 */
        ACCEPT(RECEIVED, ACCEPTED),
        /** 不予受理 */
        REJECT(RECEIVED, NOT_ACCEPTED),
        /** 办结并答复 */
        CONCLUDE(ACCEPTED, CONCLUDED);

        private final ComplaintState from;
        private final ComplaintState to;

        Step(ComplaintState from, ComplaintState to) {
            this.from = from;
            this.to = to;
        }

        public ComplaintState to() {
            return to;
        }
    }
}
