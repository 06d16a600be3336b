package org.fazhi.publication;

/** What kind of enforcement decision is published; it fixes the publication period (国办发〔2018〕118号). */
public enum DecisionKind {
    /** 行政处罚决定 */
    PENALTY,
    /** 行政许可决定 */
    LICENCE,
    /** 其他行政执法决定 */
    OTHER
}
