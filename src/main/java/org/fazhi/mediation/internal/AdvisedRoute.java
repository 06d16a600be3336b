package org.fazhi.mediation.internal;

/** 告知的其他途径 — the route the parties were told about when mediation failed (《人民调解法》第26条). */
public enum AdvisedRoute {
    ARBITRATION("仲裁"), ADMINISTRATIVE("行政途径"), LITIGATION("诉讼");

    private final String label;

    AdvisedRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
