package org.fazhi.legality.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 决策状态 — where a major decision stands. The steps allowed from each state are {@link Step}'s table, the one place
 * the procedure is written down; each step is one method of {@link MajorDecision}.
 */
public enum DecisionState {
    /** 已立项 — entered in the catalogue, the draft being prepared */
    OPENED("已立项"),
    /** 公开征求意见中 */
    CONSULTING("公开征求意见中"),
    /** 待集体讨论 — consultation summarised; argumentation, risk assessment and legality review before the meeting */
    CONSULTED("待集体讨论"),
    /** 已决定 — adopted (as drafted or amended) at the meeting, not yet published */
    DECIDED("已决定待公布"),
    /** 不予通过 */
    REJECTED("不予通过"),
    /** 已公布 — published; implementation, evaluation and adjustment follow */
    PUBLISHED("已公布");

    private final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps a decision in this state may take. */
    public Set<Step> steps() {
        Set<Step> s = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (step.from.contains(this)) {
                s.add(step);
            }
        }
        return s;
    }

    /**
     * The step table: each step and the states it starts from. The state it leads to is written beside it
     * ({@code null}: unchanged); the discussion leads where its result says ({@link DiscussionResult#leadsTo()}).
     */
    public enum Step {
        /** 公开征求意见（第14条） */
        OPEN_CONSULTATION(EnumSet.of(OPENED), CONSULTING),
        /** 登记公众意见 */
        RECORD_COMMENT(EnumSet.of(CONSULTING), null),
        /** 答复公众意见 */
        ANSWER_COMMENT(EnumSet.of(CONSULTING, CONSULTED), null),
        /** 征求意见情况汇总 — the consultation closes */
        SUMMARISE_CONSULTATION(EnumSet.of(CONSULTING), CONSULTED),
        /** 专家论证（第19–21条） */
        EXPERT_ARGUMENTATION(EnumSet.of(OPENED, CONSULTING, CONSULTED), null),
        /** 风险评估（第22–24条） */
        RISK_ASSESSMENT(EnumSet.of(OPENED, CONSULTING, CONSULTED), null),
        /** 法律顾问参与 */
        COUNSEL_OPINION(EnumSet.of(OPENED, CONSULTING, CONSULTED), null),
        /** 关联合法性审查（第25条） */
        LINK_REVIEW(EnumSet.of(OPENED, CONSULTING, CONSULTED), null),
        /** 集体讨论（第30–31条） */
        DISCUSS(EnumSet.of(CONSULTED), null),
        /** 公布决策（第32条） */
        PUBLISH(EnumSet.of(DECIDED), PUBLISHED),
        /** 决策后评估与调整（第35–39条） */
        EVALUATE(EnumSet.of(PUBLISHED), null);

        private final Set<DecisionState> from;
        private final DecisionState to;

        Step(Set<DecisionState> from, DecisionState to) {
            this.from = from;
            this.to = to;
        }

        public DecisionState to(DecisionState current) {
            return to == null ? current : to;
        }
    }
}
