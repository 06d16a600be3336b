package org.fazhi.mediation;

import java.util.Arrays;
import java.util.Optional;

/**
 * 纠纷来源 — how mediation started, as the statistics count it (《人民调解法》第17、18条): on application, on the
 * committee's own initiative, or referred (接受委托移送调解) by the police, a court, the petition office or another
 * department. How the dispute physically reached the committee (walk-in, hotline, campaign, portal) is the separate
 * intake channel.
 */
public enum DisputeSource {
    APPLICATION("申请调解", false),
    OWN_INITIATIVE("主动调解", false),
    POLICE("公安移送", true),
    COURT("法院委托", true),
    PETITION_OFFICE("信访移送", true),
    OTHER_DEPARTMENT("其他部门移送", true);

    private final String label;
    private final boolean referred;

    DisputeSource(String label, boolean referred) {
        this.label = label;
        this.referred = referred;
    }

    public String label() {
        return label;
    }

    /** Whether the statistics count it as 接受委托移送调解. */
    public boolean referred() {
        return referred;
    }

    public static Optional<DisputeSource> byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
