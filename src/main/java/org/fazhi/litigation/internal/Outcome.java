package org.fazhi.litigation.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.disclosure.DisclosureChallengeFigures;
import org.fazhi.enforcement.PenaltyChallenges;

/**
 * 结案结果 — how a lawsuit (《行政诉讼法》第69–78条) or a reconsideration (《行政复议法》第63–73条) ended. A loss (败诉)
 * is an outcome that changes the challenged act or finds it unlawful: 撤销, 部分撤销, 变更, 确认违法, 确认无效, 责令履行.
 */
public enum Outcome {
    /** 驳回诉讼请求 */
    CLAIM_DISMISSED("驳回诉讼请求", false, EnumSet.of(CaseKind.LITIGATION)),
    /** 撤诉 */
    WITHDRAWN("撤诉", false, EnumSet.of(CaseKind.LITIGATION)),
    /** 调解/和解 */
    SETTLED("调解/和解", false, EnumSet.of(CaseKind.LITIGATION)),
    /** 维持 */
    UPHELD("维持", false, EnumSet.of(CaseKind.RECONSIDERATION)),
    /** 驳回（复议申请） */
    REJECTED("驳回", false, EnumSet.of(CaseKind.RECONSIDERATION)),
    /** 终止（复议） */
    TERMINATED("终止", false, EnumSet.of(CaseKind.RECONSIDERATION)),
    /** 撤销 */
    REVOKED("撤销", true, EnumSet.allOf(CaseKind.class)),
    /** 部分撤销 */
    PARTLY_REVOKED("部分撤销", true, EnumSet.of(CaseKind.LITIGATION)),
    /** 变更 */
    CHANGED("变更", true, EnumSet.allOf(CaseKind.class)),
    /** 确认违法 */
    CONFIRMED_UNLAWFUL("确认违法", true, EnumSet.allOf(CaseKind.class)),
    /** 确认无效 */
    CONFIRMED_VOID("确认无效", true, EnumSet.allOf(CaseKind.class)),
    /** 责令履行 */
    ORDERED_TO_PERFORM("责令履行", true, EnumSet.allOf(CaseKind.class));

    private final String label;
    private final boolean loss;
    private final Set<CaseKind> kinds;

    Outcome(String label, boolean loss, Set<CaseKind> kinds) {
        this.label = label;
        this.loss = loss;
        this.kinds = kinds;
    }

    public String label() {
        return label;
    }

    /** Whether the outcome counts as a loss (败诉) of the town. */
    public boolean loss() {
        return loss;
    }

    /**
     * What the outcome means for a challenged penalty decision: it stands, is changed, or no longer stands;
     * {@code null} where the outcome says nothing about it (责令履行 answers a failure to act, not a decision).
     */
    public PenaltyChallenges.Result effectOnDecision() {
        return switch (this) {
            case CLAIM_DISMISSED, WITHDRAWN, SETTLED, UPHELD, REJECTED, TERMINATED -> PenaltyChallenges.Result.UPHELD;
            case CHANGED, PARTLY_REVOKED -> PenaltyChallenges.Result.CHANGED;
            case REVOKED, CONFIRMED_UNLAWFUL, CONFIRMED_VOID -> PenaltyChallenges.Result.REVOKED;
            case ORDERED_TO_PERFORM -> null;
        };
    }

    /**
     * The result column of table 四 of the annual disclosure report the outcome counts in: 维持 and 驳回诉讼请求 uphold
     * the reply (结果维持); a loss corrects it (结果纠正); 驳回复议申请, 终止, 撤诉 and 调解/和解 decide nothing about it
     * (其他结果).
     */
    public DisclosureChallengeFigures.Result disclosureResult() {
        if (loss) {
            return DisclosureChallengeFigures.Result.CORRECTED;
        }
        return this == UPHELD || this == CLAIM_DISMISSED ? DisclosureChallengeFigures.Result.UPHELD
                : DisclosureChallengeFigures.Result.OTHER;
    }

    /** Whether a case of this kind may end so. */
    public boolean endsA(CaseKind kind) {
        return kinds.contains(kind);
    }

    /** The outcome named by its code or its Chinese label. */
    static Optional<Outcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Outcome o : values()) {
            if (o.name().equals(t) || o.label.equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    static Map<String, Outcome> byLabel() {
        Map<String, Outcome> m = new LinkedHashMap<>();
        for (Outcome o : values()) {
            m.put(o.label, o);
        }
        return m;
    }
}
