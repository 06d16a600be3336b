package org.fazhi.supervision.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 监督文书状态 — issued to the department, answered with its correction, closed by the judicial office. The steps are
 * {@link Step}'s table; each step is one method of {@link SupervisionNotice}.
 */
public enum NoticeState {
    /** 已发出，待整改答复 */
    ISSUED("待整改答复"),
    /** 部门已答复整改情况 */
    ANSWERED("已答复"),
    /** 已销号 */
    CLOSED("已销号");

    private final String label;

    NoticeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<Step> steps() {
        Set<Step> s = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (step.from.contains(this)) {
                s.add(step);
            }
        }
        return s;
    }

    /** The step table: each step, the states it starts from and the state it leads to. */
    public enum Step {
        /** 部门答复整改情况（可再次补充答复） */
        ANSWER(EnumSet.of(ISSUED, ANSWERED), ANSWERED),
        /** 司法所确认整改、销号 */
        CLOSE(EnumSet.of(ANSWERED), CLOSED);

        private final Set<NoticeState> from;
        private final NoticeState to;

        Step(Set<NoticeState> from, NoticeState to) {
            this.from = from;
            this.to = to;
        }

        public NoticeState to() {
            return to;
        }
    }
}
