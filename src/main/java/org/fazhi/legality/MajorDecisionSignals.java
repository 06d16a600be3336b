package org.fazhi.legality;

import java.time.LocalDate;
import java.util.List;

/**
 * 重大行政决策的监督信号 — what supervision reads of the town's major decisions: those put to the meeting without any
 * opinion of counsel (counsel takes part in the research, consultation and argumentation of every major decision).
 */
public interface MajorDecisionSignals {

    /** A decision discussed at the meeting on {@code heldOn} without counsel's opinion. */
    record DiscussedWithoutCounsel(long id, String title, long townId, LocalDate heldOn) {
    }

    /** The decisions of the caller's data scope discussed without counsel's opinion, newest meeting first. */
    List<DiscussedWithoutCounsel> discussedWithoutCounsel();
}
