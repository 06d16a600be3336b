package org.fazhi.supervision.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * 监督发现规则 — what the data show was left undone, each rule named after the article it enforces. Most rules read the
 * overdue clocks of the deadline engine for the subject types they cover; a clock of another subject type is no
 * finding of these rules. {@link #COUNSEL_POLICY_MAJOR_DECISION} reads the legality module's signals; the rules
 * without subject types after it read enforcement's case signals and the publication desk ({@link RecordFindings}).
 */
public enum FindingRule {
    /** 《行政处罚法》第60条（及《行政强制法》的期限）：执法案件或强制措施逾期未办结 */
    PENALTY_LAW_ART_60("执法案件逾期未办结（行政处罚法第60条）", Set.of("penalty.case", "coercive.measure")),
    /** 国办发〔2018〕118号：执法决定逾期未公示 */
    GUOBANFA_2018_118_PUBLICATION("执法决定逾期未公示（国办发〔2018〕118号）", Set.of(FindingRule.PUBLICATION_SUBJECT)),
    /** 《人民调解法》及司法部令第75号第33条：纠纷调解逾期未结 */
    MEDIATION_ORDER_75_ART_33("矛盾纠纷逾期未调结（司法部令第75号第33条）", Set.of("mediation.dispute")),
    /** 《政府信息公开条例》第33条：依申请公开逾期未答复 */
    DISCLOSURE_REGULATION_ART_33("依申请公开逾期未答复（政府信息公开条例第33条）", Set.of("disclosure.application")),
    /** 政府法律顾问制度：重大行政决策未听取法律顾问意见即提交集体讨论（read from legality, not from a clock） */
    COUNSEL_POLICY_MAJOR_DECISION("重大行政决策未听取法律顾问意见即集体讨论（政府法律顾问制度）", Set.of()),
    /** 《行政处罚法》第47条：执法环节缺少全过程记录 */
    PENALTY_LAW_ART_47_RECORDS("执法环节缺少全过程记录（行政处罚法第47条）", Set.of()),
    /** 国办发〔2018〕118号：执法决定公示晚于期限（行政处罚决定7个工作日） */
    GUOBANFA_2018_118_PUBLISHED_LATE("执法决定逾期公示（国办发〔2018〕118号）", Set.of()),
    /** 《行政处罚法》第42条：执法人员当日未持有有效执法证 */
    PENALTY_LAW_ART_42_CERTIFICATE("执法人员当日无有效执法证（行政处罚法第42条）", Set.of()),
    /** 《行政处罚法》第58条：重大执法决定未经法制审核 */
    PENALTY_LAW_ART_58_REVIEW("重大执法决定未经法制审核（行政处罚法第58条）", Set.of()),
    /** 《行政处罚法》第57条第2款：应当集体讨论的案件未经集体讨论即作出决定 */
    PENALTY_LAW_ART_57_DISCUSSION("重大执法决定未经集体讨论（行政处罚法第57条第2款）", Set.of());

    /** The record type of a decision's publication (its clock subject, its page). */
    static final String PUBLICATION_SUBJECT = "publication";

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
