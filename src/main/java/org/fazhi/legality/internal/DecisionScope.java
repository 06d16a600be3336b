package org.fazhi.legality.internal;

/** 决策事项范围 — the matters 《重大行政决策程序暂行条例》第3条 makes a major administrative decision. */
public enum DecisionScope {
    /** 重大公共政策和措施 */
    PUBLIC_POLICY("重大公共政策和措施"),
    /** 重要规划 */
    PLAN("经济和社会发展等方面的重要规划"),
    /** 重大资源开发利用和保护 */
    RESOURCES("开发利用、保护重要自然资源和文化资源的重大公共政策和措施"),
    /** 重大公共建设项目 */
    CONSTRUCTION_PROJECT("重大公共建设项目"),
    /** 其他重大事项 */
    OTHER("对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的其他重大事项");

    private final String label;

    DecisionScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
