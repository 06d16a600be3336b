package org.fazhi.publication.internal;

/**
 * 不予公示的理由 — why a decision is not published (provincial rules on online publication of penalty results, under
 * 国办发〔2018〕118号): the party was a minor on the day of the violation (the desk decides it from the party's birth
 * date; a reviewer who learns it otherwise states it), or, on the reviewer's written reason, the main facts involve
 * state secrets, commercial secrets or personal privacy, or publication may endanger national or public security or
 * social stability.
 */
public enum WithholdingGround {
    /** 当事人违法时未满十八周岁 */
    MINOR,
    /** 涉及国家秘密 */
    STATE_SECRET,
    /** 涉及商业秘密 */
    COMMERCIAL_SECRET,
    /** 涉及个人隐私 */
    PRIVACY,
    /** 可能危及国家安全、公共安全、经济安全和社会稳定 */
    SECURITY
}
