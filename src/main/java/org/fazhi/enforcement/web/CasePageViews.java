package org.fazhi.enforcement.web;

import org.fazhi.enforcement.internal.ApprovalStage;
import org.fazhi.enforcement.internal.Step;

/** What the case page shows beside the case itself ({@link CasePages}). */
final class CasePageViews {

    private CasePageViews() {
    }

    /** A step the state admits: whether it may be taken today, and if not, why (the button's hover). */
    record Option(Step step, boolean allowed, String why) {
    }

    /** A stage of the approval chain and whom it waits for ({@code null}: complete). */
    record NextApproval(ApprovalStage stage, String waitingFor) {
    }

}
