package org.fazhi.litigation.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 案件状态 — where a case stands. The steps allowed from each state are {@link Step}'s table, the one place the
 * procedure is written down; each step is one method of {@link LitigationCase}.
 */
public enum CaseState {
    /** 审理中 — the copy is received; answer, hearings and the outcome are awaited */
    PENDING("审理中"),
    /** 已结案 */
    CONCLUDED("已结案");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a case in this state may take. */
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
        /** 提交答辩状和证据 */
        ANSWER(EnumSet.of(PENDING), null),
        /** 登记庭审（听证） */
        HEARING(EnumSet.of(PENDING), null),
        /** 结案 */
        CONCLUDE(EnumSet.of(PENDING), CONCLUDED);

        private final Set<CaseState> from;
        private final CaseState to;

        Step(Set<CaseState> from, CaseState to) {
            this.from = from;
            this.to = to;
        }

        public CaseState to(CaseState current) {
            return to == null ? current : to;
        }
    }
}
