package org.fazhi.officer.internal;

import java.util.Map;

/** 执法证业务类型 — the lifecycle events of a certificate, as the ledger 业务类型 names them. */
public enum CertificateEventType {
    /** 申领 — a first certificate is applied for and issued */
    APPLY("申领"),
    /** 换证 — the certificate is renewed (same number) or replaced by a new one */
    RENEW("换证"),
    /** 注销 */
    CANCEL("注销"),
    /** 清理 — clean-up of an officer who left or no longer qualifies */
    CLEAR("清理");

    private final String label;

    CertificateEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the event gives a certificate a (new) validity. */
    public boolean grants() {
        return this == APPLY || this == RENEW;
    }

    static Map<String, CertificateEventType> byLabel() {
        Map<String, CertificateEventType> m = new java.util.LinkedHashMap<>();
        for (CertificateEventType t : values()) {
            m.put(t.label, t);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
