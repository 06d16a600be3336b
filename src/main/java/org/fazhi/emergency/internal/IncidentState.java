package org.fazhi.emergency.internal;

import java.util.Set;

/**
 * 突发事件处置阶段 — the stages after an incident became known: 信息报告 → 应急响应 → 恢复重建 → 调查评估 → 结束.
 * 监测预警, the stage before, is the public warnings' ({@link Warning}). The allowed steps are {@link Step}.
 */
public enum IncidentState {
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
