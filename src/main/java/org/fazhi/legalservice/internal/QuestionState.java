package org.fazhi.legalservice.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 咨询状态 — where a legal question stands. The steps allowed from each state are {@link Step}'s table, the one place
 * the procedure is written down; each step is one method of {@link LegalQuestion}.
 */
public enum QuestionState {
    /** 待解答 — held by an advisor (or waiting for the judicial office to name one), the answer clock runs */
    OPEN("待解答"),
    /** 已解答 */
    ANSWERED("已解答"),
    /** 已转办 — handed to mediation, legal aid or another agency instead of an answer */
    REFERRED("已转办");

    private final String label;

    QuestionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a question in this state may take. */
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
        /** 改派 */
        REASSIGN(EnumSet.of(OPEN), null),
        /** 解答 */
        ANSWER(EnumSet.of(OPEN), ANSWERED),
        /** 转办 */
        REFER(EnumSet.of(OPEN, ANSWERED), REFERRED),
        /** 暂不公开 / 恢复公开 */
        WITHHOLD(EnumSet.of(ANSWERED), null);

        private final Set<QuestionState> from;
        private final QuestionState to;

        Step(Set<QuestionState> from, QuestionState to) {
            this.from = from;
            this.to = to;
        }

        public boolean allowedFrom(QuestionState s) {
            return from.contains(s);
        }

        public QuestionState to(QuestionState current) {
            return to == null ? current : to;
        }
    }
}
