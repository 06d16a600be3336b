package org.fazhi.disclosure;

/**
 * 年度报告数据来源 — figures of table 二 of the annual disclosure report that other modules own. The enforcement module
 * implements this interface (a Spring bean); while no bean is present the figures are zero. Every
 * method answers for one town and one calendar year, in the platform's scope (the report runs within the caller's).
 */
public interface DisclosureFigures {

    /** 第二十条第（六）项 行政处罚: penalty decisions made in the year. */
    long penaltyDecisions(long townId, int year);

    /** 第二十条第（六）项 行政强制: decisions of coercive measures (行政强制措施) made in the year. */
    long coerciveDecisions(long townId, int year);
}
