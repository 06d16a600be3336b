package org.fazhi.supervision.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * 监督发现规则 — what the data show was left undone, each rule named after the article it enforces. Most rules read the
 * overdue clocks of the deadline engine for the subject types they cover; a clock of another subject type is no
 * finding of these rules. {@link #COUNSEL_POLICY_MAJOR_DECISION} reads the legality module's signals.
 */
public enum FindingRule {
    /** 《行政处罚法》第60条（及《行政强制法》的期限）：执法案件或强制措施逾期未办结 */
    PENALTY_LAW_ART_60("执法案件逾期未办结（行政处罚法第60条）", Set.of("penalty.case", "coercive.measure")),
    /** 国办发〔2018〕118号：执法决定逾期未公示 */
    GUOBANFA_2018_118_PUBLICATION("执法决定逾期未公示（国办发〔2018〕118号）", Set.of("publication")),
    /** 《人民调解法》及司法部令第75号第33条：纠纷调解逾期未结 */
    MEDIATION_ORDER_75_ART_33("矛盾纠纷逾期未调结（司法部令第75号第33条）", Set.of("mediation.dispute")),
    /** 《政府信息公开条例》第33条：依申请公开逾期未答复 */
    DISCLOSURE_REGULATION_ART_33("依申请公开逾期未答复（政府信息公开条例第33条）", Set.of("disclosure.application")),
    /** 政府法律顾问制度：重大行政决策未听取法律顾问意见即提交集体讨论（read from legality, not from a clock） */
    COUNSEL_POLICY_MAJOR_DECISION("重大行政决策未听取法律顾问意见即集体讨论（政府法律顾问制度）", Set.of());

    private final String label;
    private final Set<String> subjectTypes;

    FindingRule(String label, Set<String> subjectTypes) {
        this.label = label;
        this.subjectTypes = subjectTypes;
    }

    public String label() {
        return label;
    }

    /** The rule that covers an overdue clock of this subject type, if one does. */
    static Optional<FindingRule> forClockSubject(String subjectType) {
        return Arrays.stream(values()).filter(r -> r.subjectTypes.contains(subjectType)).findFirst();
    }
}
