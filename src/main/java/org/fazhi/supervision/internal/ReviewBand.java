package org.fazhi.supervision.internal;

/**
 * 评查等次 — the band of a case's score or a department's average. The thresholds are the platform's default (see
 * docs/legal-basis.md, 案卷评查): no statute fixes them; they follow the common practice of the provincial case-file
 * review standards.
 */
public enum ReviewBand {
    /** 优秀 — {@value #EXCELLENT_FROM} points or more. */
    EXCELLENT("优秀"),
    /** 合格 — {@value #PASS_FROM} points or more. */
    PASS("合格"),
    /** 不合格 — less than {@value #PASS_FROM} points. */
    FAIL("不合格");

    /** 优秀: at least 90 points. */
    public static final int EXCELLENT_FROM = 90;
    /** 合格: at least 70 points. */
    public static final int PASS_FROM = 70;

    private final String label;

    ReviewBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReviewBand of(double score) {
        return score >= EXCELLENT_FROM ? EXCELLENT : score >= PASS_FROM ? PASS : FAIL;
    }
}
