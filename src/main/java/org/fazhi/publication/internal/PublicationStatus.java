package org.fazhi.publication.internal;

/** 公示状态 — where a publication stands. */
public enum PublicationStatus {
    /** 待审核: redacted, waiting for the reviewer's confirmation */
    PENDING_REVIEW,
    /** 已公示 */
    PUBLISHED,
    /** 已撤回: the decision was changed, revoked, confirmed unlawful or void; listed as a stub with the reason */
    WITHDRAWN,
    /** 已下架: the publication period ended */
    TAKEN_DOWN,
    /** 不予公示: the party was a minor on the decision date */
    WITHHELD,
    /** 已取消: the decision was revoked before it was ever published */
    CANCELLED
}
