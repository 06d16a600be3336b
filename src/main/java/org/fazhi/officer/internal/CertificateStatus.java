package org.fazhi.officer.internal;

/** 执法证状态 — where a certificate stands. */
public enum CertificateStatus {
    /** 有效 (until its valid-until date) */
    VALID,
    /** 已换发新证 — replaced by a certificate with a new number */
    REPLACED,
    /** 已注销 */
    CANCELLED,
    /** 已清理 — the officer left or no longer qualifies */
    CLEARED
}
