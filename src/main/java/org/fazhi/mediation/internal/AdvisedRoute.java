package org.fazhi.mediation.internal;

/**
 * 告知的其他途径 — the route the parties were told about when mediation failed or ended (《人民调解法》第26条).
 * {@link #NOT_STATED} is never chosen by staff: it marks records whose route was not recorded — ledger rows (the
 * 矛盾纠纷台账 has no column for it) and conclusions recorded before the route was required.
 */
public enum AdvisedRoute {
    ARBITRATION("仲裁"), ADMINISTRATIVE("行政途径"), LITIGATION("诉讼"), NOT_STATED("未记录");

    /** The routes a mediator may record. */
    public static final java.util.List<AdvisedRoute> CHOOSABLE = java.util.List.of(ARBITRATION, ADMINISTRATIVE,
            LITIGATION);

    private final String label;

    AdvisedRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
