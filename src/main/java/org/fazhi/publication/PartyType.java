package org.fazhi.publication;

/** 当事人类型 — the party of a decision. */
public enum PartyType {
    /** 自然人 */
    NATURAL_PERSON,
    /** 法人或其他组织 */
    ORGANISATION
}
