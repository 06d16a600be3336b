package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.RuleViolation;

/**
 * 处罚内容 — the kinds of penalty, the fine and the words the documents state them in. A case holds two: the one
 * proposed in the notice (拟处罚意见) and the one decided; each maps onto its own columns.
 */
@Embeddable
public class Penalty {

    @Column(length = 300)
    private String kinds;
    @Column(precision = 14, scale = 2)
    private BigDecimal fine;
    @Column(length = 500)
    private String text;

    protected Penalty() {
    }

    /** At least one kind, a positive fine when a fine is among them; the words default to {@link #describe}. */
    static Penalty of(Set<PenaltyKind> kinds, BigDecimal fine, String text) {
        if (kinds == null || kinds.isEmpty()) {
            throw RuleViolation.onField("kinds", "enforcement.penalty.kinds");
        }
        if (kinds.contains(PenaltyKind.FINE) && (fine == null || fine.signum() <= 0)) {
            throw RuleViolation.onField("fine", "enforcement.penalty.fine");
        }
        Penalty p = new Penalty();
        p.kinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        p.fine = kinds.contains(PenaltyKind.FINE) ? fine : null;
        p.text = text == null || text.isBlank() ? describe(kinds, fine) : text.strip();
        return p;
    }

    /** No penalty at all (不予处罚、移送): only the words, if any. */
    static Penalty none(String text) {
        Penalty p = new Penalty();
        p.text = text == null || text.isBlank() ? null : text.strip();
        return p;
    }

    /** Whether {@code kinds} and {@code fine} are no heavier than this penalty, as notified (第45条第2款). */
    boolean allows(Set<PenaltyKind> kinds, BigDecimal fine) {
        return getKinds().containsAll(kinds) && (fine == null || this.fine == null || fine.compareTo(this.fine) <= 0);
    }

    /** The penalty in words, as the documents state it: 警告、罚款人民币2000元. */
    static String describe(Set<PenaltyKind> kinds, BigDecimal fine) {
        return kinds.stream().map(k -> k == PenaltyKind.FINE && fine != null
                ? "罚款人民币" + fine.stripTrailingZeros().toPlainString() + "元" : k.label())
                .collect(Collectors.joining("、"));
    }

    public Set<PenaltyKind> getKinds() {
        if (kinds == null || kinds.isBlank()) {
            return EnumSet.noneOf(PenaltyKind.class);
        }
        return Arrays.stream(kinds.split(",")).map(PenaltyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyKind.class)));
    }

    public BigDecimal getFine() { return fine; }
    public String getText() { return text; }
}
