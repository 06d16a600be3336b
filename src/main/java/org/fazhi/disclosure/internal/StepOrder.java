package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 办理顺序 — the order in which an application's steps may follow each other (《政府信息公开条例》第30–35条、第42条), in
 * one place: which steps its state and the one-time steps already taken allow now (what the pages offer), the reason
 * a step is refused, and the dates a step may carry.
 */
final class StepOrder {

    private StepOrder() {
    }

    /**
     * The steps the procedure allows now, by state and the one-time steps already taken ({@link #require} refuses the
     * others with the reason). Dates are checked when a step is taken.
     */
    static Set<ApplicationAction> allowed(DisclosureApplication a) {
        return switch (a.status()) {
            case PROCESSING -> {
                Set<ApplicationAction> s = EnumSet.of(ApplicationAction.CONSULTATION_START,
                        ApplicationAction.DECISION);
                if (a.supplement().sentOn() == null && a.extension().decidedOn() == null) {
                    s.add(ApplicationAction.SUPPLEMENT_REQUEST);
                }
                if (a.extension().decidedOn() == null) {
                    s.add(ApplicationAction.EXTENSION);
                }
                if (a.fee().noticeOn() == null) {
                    s.add(ApplicationAction.FEE_NOTICE);
                }
                yield s;
            }
            case AWAITING_SUPPLEMENT -> EnumSet.of(ApplicationAction.SUPPLEMENT_RECEIVED,
                    ApplicationAction.DECISION);
            case CONSULTING -> EnumSet.of(ApplicationAction.CONSULTATION_END, ApplicationAction.DECISION);
            case AWAITING_FEE -> EnumSet.of(ApplicationAction.FEE_PAID, ApplicationAction.DECISION);
            case DECIDED -> EnumSet.noneOf(ApplicationAction.class);
        };
    }

    /**
     * Refuses {@code step} when the procedure does not allow it now: a supplement notice only once and not after an
     * extension (art. 30), one extension (art. 33), one fee (art. 42), each only while the application runs; a
     * supplement or a payment only while waiting for it; nothing after the reply.
     */
    static void require(DisclosureApplication a, ApplicationAction step) {
        switch (step) {
            case SUPPLEMENT_REQUEST -> {
                requireStatus(a, ApplicationStatus.PROCESSING, "supplement-request");
                if (a.supplement().sentOn() != null) {
                    throw new RuleViolation("disclosure.supplement.once", a.supplement().sentOn().toString());
                }
                if (a.extension().decidedOn() != null) {
                    throw new RuleViolation("disclosure.supplement.afterExtension");
                }
            }
            case SUPPLEMENT_RECEIVED -> {
                if (a.status() != ApplicationStatus.AWAITING_SUPPLEMENT) {
                    throw new RuleViolation("disclosure.supplement.notRequested", statusArg(a.status()));
                }
            }
            case EXTENSION -> {
                if (a.extension().decidedOn() != null) {
                    throw new RuleViolation("disclosure.extension.once", a.extension().decidedOn().toString());
                }
                requireStatus(a, ApplicationStatus.PROCESSING, "extension");
            }
            case CONSULTATION_START -> requireStatus(a, ApplicationStatus.PROCESSING, "consultation");
            case CONSULTATION_END -> requireStatus(a, ApplicationStatus.CONSULTING, "consultation");
            case FEE_NOTICE -> {
                if (a.fee().noticeOn() != null) {
                    throw new RuleViolation("disclosure.fee.once", a.fee().noticeOn().toString());
                }
                requireStatus(a, ApplicationStatus.PROCESSING, "fee-notice");
            }
            case FEE_PAID -> {
                if (a.status() != ApplicationStatus.AWAITING_FEE) {
                    throw new RuleViolation("disclosure.fee.notNoticed", statusArg(a.status()));
                }
            }
            case DECISION -> {
                if (a.status() == ApplicationStatus.DECIDED) {
                    throw new RuleViolation("disclosure.decision.already", a.reply().decidedOn().toString());
                }
            }
        }
    }

    /** A later reply date (art. 35) is set once, while the application runs; the pages offer it with the extension. */
    static void requireLaterReplyAllowed(DisclosureApplication a) {
        if (a.laterReply().decidedOn() != null) {
            throw new RuleViolation("disclosure.laterReply.once", a.laterReply().decidedOn().toString());
        }
        requireStatus(a, ApplicationStatus.PROCESSING, "later-reply");
    }

    private static void requireStatus(DisclosureApplication a, ApplicationStatus required, String action) {
        if (a.status() != required) {
            throw new RuleViolation("disclosure.step.notNow",
                    new DefaultMessageSourceResolvable("disclosure.action." + action), statusArg(a.status()));
        }
    }

    /** The state's label, as an argument of a refusal's message. */
    static Object statusArg(ApplicationStatus status) {
        return new DefaultMessageSourceResolvable("disclosure.status." + status.name());
    }

    /** The day an application was received (art. 31): not in the future, not before the regulation took effect. */
    static void requireReceiptDate(LocalDate receivedOn, LocalDate today) {
        if (receivedOn.isAfter(today)) {
            throw RuleViolation.ofFields(List.of(new RuleViolation.FieldProblem("receivedOn",
                    "disclosure.date.future", receivedOn.toString(), today.toString())));
        }
        if (receivedOn.isBefore(DisclosureApplication.REGULATION_IN_FORCE)) {
            throw RuleViolation.ofFields(List.of(new RuleViolation.FieldProblem("receivedOn",
                    "disclosure.date.beforeRegulation", receivedOn.toString())));
        }
    }

    /** A step's date: not in the future, not before receipt, not before the previous step. */
    static void requireStepDate(String field, LocalDate date, DisclosureApplication a, LocalDate today) {
        if (date == null) {
            throw RuleViolation.onField(field, Input.REQUIRED);
        }
        if (date.isAfter(today)) {
            throw RuleViolation.onField(field, "disclosure.date.future", date.toString(), today.toString());
        }
        if (date.isBefore(a.receivedOn())) {
            throw RuleViolation.onField(field, "disclosure.date.beforeReceipt", date.toString(),
                    a.receivedOn().toString());
        }
        if (date.isBefore(a.lastStepOn())) {
            throw RuleViolation.onField(field, "disclosure.date.beforeLastStep", date.toString(),
                    a.lastStepOn().toString());
        }
    }
}
