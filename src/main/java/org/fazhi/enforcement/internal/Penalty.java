package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.shared.RuleViolation;

/**
 * 处罚内容 — the kinds of penalty, the fine, the amounts confiscated ({@link Confiscation}) and the words the documents
 * state them in. A case holds two: the one proposed in the notice (拟处罚意见) and the one decided; each maps onto its
 * own columns.
 */
@Embeddable
public class Penalty {

    @Column(length = 300)
    private String kinds;
    @Column(precision = 14, scale = 2)
    private BigDecimal fine;
    @Column(length = 500)
    private String text;
    /** 没收违法所得的数额, when the penalty confiscates illegal gains. */
    @Column(precision = 14, scale = 2)
    private BigDecimal gains;
    /** 没收非法财物的价值, when the penalty confiscates illegal property. */
    @Column(name = "property_value", precision = 14, scale = 2)
    private BigDecimal propertyValue;

    protected Penalty() {
    }

    /**
     * At least one kind; a positive fine when a fine is among them; the amount of the illegal gains when they are
     * confiscated (positive) and the value of the illegal property when it is (0 or more) — the hearing right of
     * 第63条 turns on them; the words default to {@link #describe}.
     */
    static Penalty of(Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation, String text) {
        if (kinds == null || kinds.isEmpty()) {
            throw RuleViolation.onField("kinds", "enforcement.penalty.kinds");
        }
        List<RuleViolation.FieldProblem> p = new ArrayList<>();
        if (kinds.contains(PenaltyKind.FINE) && (fine == null || fine.signum() <= 0)) {
            p.add(new RuleViolation.FieldProblem("fine", "enforcement.penalty.fine"));
        }
        Confiscation c = confiscation == null ? Confiscation.NONE : confiscation;
        boolean gains = kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS);
        boolean property = kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY);
        if (gains && (c.gains() == null || c.gains().signum() <= 0)) {
            p.add(new RuleViolation.FieldProblem("gains", "enforcement.penalty.gains"));
        }
        if (property && (c.propertyValue() == null || c.propertyValue().signum() < 0)) {
            p.add(new RuleViolation.FieldProblem("propertyValue", "enforcement.penalty.propertyValue"));
        }
        if (!p.isEmpty()) {
            throw RuleViolation.ofFields(p);
        }
        Penalty penalty = new Penalty();
        penalty.kinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        penalty.fine = kinds.contains(PenaltyKind.FINE) ? fine : null;
        penalty.gains = gains ? c.gains() : null;
        penalty.propertyValue = property ? c.propertyValue() : null;
        penalty.text = text == null || text.isBlank()
                ? describe(kinds, penalty.fine, penalty.getConfiscation()) : text.strip();
        return penalty;
    }

    /** No penalty at all (不予处罚、移送): only the words, if any. */
    static Penalty none(String text) {
        Penalty p = new Penalty();
        p.text = text == null || text.isBlank() ? null : text.strip();
        return p;
    }

    /**
     * Whether {@code kinds}, {@code fine} and the amounts confiscated are no heavier than this penalty, as notified
     * (第45条第2款): no other kind, and no amount above the one notified.
     */
    boolean allows(Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation) {
        Confiscation c = confiscation == null ? Confiscation.NONE : confiscation;
        return getKinds().containsAll(kinds) && notAbove(fine, this.fine) && notAbove(c.gains(), gains)
                && notAbove(c.propertyValue(), propertyValue);
    }

    private static boolean notAbove(BigDecimal decided, BigDecimal notified) {
        return decided == null || notified == null || decided.compareTo(notified) <= 0;
    }

    /** The penalty in words, as the documents state it: 警告、罚款人民币2000元. */
    static String describe(Set<PenaltyKind> kinds, BigDecimal fine) {
        return describe(kinds, fine, Confiscation.NONE);
    }

    /** The penalty in words: 罚款人民币2000元、没收违法所得人民币5000元、没收非法财物（价值人民币300元）. */
    static String describe(Set<PenaltyKind> kinds, BigDecimal fine, Confiscation confiscation) {
        Confiscation c = confiscation == null ? Confiscation.NONE : confiscation;
        return kinds.stream().map(k -> switch (k) {
            case FINE -> fine == null ? k.label() : "罚款人民币" + yuan(fine) + "元";
            case CONFISCATION_OF_ILLEGAL_GAINS -> c.gains() == null ? k.label()
                    : "没收违法所得人民币" + yuan(c.gains()) + "元";
            case CONFISCATION_OF_ILLEGAL_PROPERTY -> c.propertyValue() == null ? k.label()
                    : "没收非法财物（价值人民币" + yuan(c.propertyValue()) + "元）";
            default -> k.label();
        }).collect(Collectors.joining("、"));
    }

    private static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    public Set<PenaltyKind> getKinds() {
        return kindsOf(kinds);
    }

    /** The kinds as the column {@code decided_kinds} holds them (names joined by commas). */
    static Set<PenaltyKind> kindsOf(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return EnumSet.noneOf(PenaltyKind.class);
        }
        return Arrays.stream(kinds.split(",")).map(PenaltyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyKind.class)));
    }

    public BigDecimal getFine() { return fine; }
    public String getText() { return text; }
    public BigDecimal getGains() { return gains; }
    public BigDecimal getPropertyValue() { return propertyValue; }

    /** The amounts confiscated ({@link Confiscation#NONE} when nothing is). */
    public Confiscation getConfiscation() {
        return Confiscation.of(gains, propertyValue);
    }
}
