package org.fazhi.enforcement.internal;

/**
 * 案件其他人员的身份 — the role of a natural person named in a case other than the party. Their names are never
 * published: the publication desk masks each wherever it appears in the decision's texts.
 */
public enum PersonRole {
    /** 委托代理人 */
    AGENT,
    /** 证人 */
    WITNESS,
    /** 被害人 */
    VICTIM
}
