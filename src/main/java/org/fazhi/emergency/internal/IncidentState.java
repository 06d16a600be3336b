package org.fazhi.emergency.internal;

import java.util.Set;

/**
 * 突发事件处置阶段 — 监测预警 → 信息报告 → 应急响应 → 恢复重建 → 调查评估 → 结束. 监测预警 is a threat registered while
 * it is watched (the public warnings are {@link Warning}); an incident registered once it happened starts at 信息报告.
 * The allowed steps are {@link Step}.
 */
public enum IncidentState {
    MONITORING("监测预警"),
    REPORTING("信息报告"),
    RESPONSE("应急响应"),
    RECOVERY("恢复重建"),
    INVESTIGATION("调查评估"),
    CLOSED("处置结束");

    private final String label;

    IncidentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The steps of the procedure, each allowed from the states listed: the one table of the procedure. */
    public enum Step {
        OCCUR(Set.of(MONITORING), REPORTING),
        RESPOND(Set.of(REPORTING), RESPONSE),
        RECOVER(Set.of(RESPONSE), RECOVERY),
        INVESTIGATE(Set.of(RECOVERY), INVESTIGATION),
        CLOSE(Set.of(INVESTIGATION), CLOSED);

        private final Set<IncidentState> from;
        private final IncidentState to;

        Step(Set<IncidentState> from, IncidentState to) {
            this.from = from;
            this.to = to;
        }

        boolean allowedFrom(IncidentState state) {
            return from.contains(state);
        }

        IncidentState target() {
            return to;
        }
    }
}
