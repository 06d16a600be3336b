package org.fazhi.legality.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * 规范性文件状态 — where a normative document stands (国办发〔2018〕37号: drafting, consultation, legality review,
 * collective deliberation, publication, filing, cleanup). The steps allowed from each state are {@link Step}'s table;
 * each step is one method of {@link NormativeDocument}.
 */
public enum DocumentState {
    /** 起草中 */
    DRAFTING("起草中"),
    /** 已集体审议 */
    DELIBERATED("已集体审议"),
    /** 已公布 — published with its number, not yet in force */
    PUBLISHED("已公布"),
    /** 现行有效 */
    IN_FORCE("现行有效"),
    /** 已废止 — repealed at a cleanup */
    REPEALED("已废止");

    private final String label;

    DocumentState(String label) {
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

    /** The step table: each step, the states it starts from and where it leads ({@code null}: unchanged). */
    public enum Step {
        /** 征求意见 */
        CONSULT(EnumSet.of(DRAFTING), null),
        /** 关联合法性审查 */
        LINK_REVIEW(EnumSet.of(DRAFTING), null),
        /** 集体审议 — only after a lawful review (国办发〔2018〕115号) */
        DELIBERATE(EnumSet.of(DRAFTING), DELIBERATED),
        /** 编号公布 */
        PUBLISH(EnumSet.of(DELIBERATED), PUBLISHED),
        /** 施行 — an unpublished document is no basis for administration (国办发〔2018〕37号) */
        PUT_IN_FORCE(EnumSet.of(PUBLISHED), IN_FORCE),
        /** 报送备案 */
        FILE(EnumSet.of(PUBLISHED, IN_FORCE), null),
        /** 清理 — the result decides: repealed, or in force on (amended or continued) */
        CLEAN_UP(EnumSet.of(IN_FORCE), null);

        private final Set<DocumentState> from;
        private final DocumentState to;

        Step(Set<DocumentState> from, DocumentState to) {
            this.from = from;
            this.to = to;
        }

        public DocumentState to(DocumentState current) {
            return to == null ? current : to;
        }
    }
}
