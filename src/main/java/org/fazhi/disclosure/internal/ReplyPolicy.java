package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;

/**
 * 答复 (《政府信息公开条例》第36–39条) — which outcomes a reply may have in each state of an application, and when: an
 * application is closed for a missing supplement or an unpaid fee only while waiting for it and once the applicant's
 * deadline has passed; the other outcomes need a running application.
 */
final class ReplyPolicy {

    private ReplyPolicy() {
    }

    /**
     * The outcomes a decision may have now; empty once decided. While consulting they are those of a running
     * application: the decision is allowed once the consulted party's time has lapsed.
     */
    static List<Outcome> allowedOutcomes(ApplicationStatus status, LocalDate supplementReceivedOn) {
        return switch (status) {
            case PROCESSING, CONSULTING -> Arrays.stream(Outcome.values()).filter(o -> o != Outcome.OTHER_NO_SUPPLEMENT
                    && o != Outcome.OTHER_FEE_UNPAID
                    && (o != Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT || supplementReceivedOn != null)).toList();
            case AWAITING_SUPPLEMENT -> List.of(Outcome.OTHER_NO_SUPPLEMENT, Outcome.OTHER);
            case AWAITING_FEE -> List.of(Outcome.OTHER_FEE_UNPAID, Outcome.OTHER);
            case DECIDED -> List.of();
        };
    }

    /** The reply's reason: required where the outcome needs one, else optional (blank is none). */
    static String reason(Outcome result, String reason) {
        return result.needsReason() ? Input.requireText("reason", reason, DisclosureApplication.MAX_TEXT)
                : reason == null || reason.isBlank() ? null
                : Input.requireText("reason", reason, DisclosureApplication.MAX_TEXT);
    }

    /** Refuses an outcome the application's state or the applicant's running deadline does not allow on {@code on}. */
    static void check(Outcome result, LocalDate on, ApplicationStatus status, SupplementRequest supplement,
                      FeeNotice fee) {
        switch (result) {
            case OTHER_NO_SUPPLEMENT -> {
                if (status != ApplicationStatus.AWAITING_SUPPLEMENT) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.noSupplementNotWaiting");
                }
                if (!on.isAfter(supplement.dueOn())) {
                    throw RuleViolation.onField("decidedOn", "disclosure.decision.supplementNotYetDue",
                            supplement.dueOn().toString());
                }
            }
            case OTHER_FEE_UNPAID -> {
                if (status != ApplicationStatus.AWAITING_FEE) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.feeNotWaiting");
                }
                if (!on.isAfter(fee.payBy())) {
                    throw RuleViolation.onField("decidedOn", "disclosure.decision.feeNotYetDue",
                            fee.payBy().toString());
                }
            }
            case OTHER -> {
                // withdrawn or otherwise ended: possible in any open state
            }
            default -> {
                if (status != ApplicationStatus.PROCESSING && status != ApplicationStatus.CONSULTING) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.waiting", StepOrder.statusArg(status));
                }
                if (result == Outcome.UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT && supplement.receivedOn() == null) {
                    throw RuleViolation.onField("outcome", "disclosure.decision.noSupplementReceived");
                }
            }
        }
    }

    /** Closing for a missing supplement or an unpaid fee answers nothing: it stops the clock rather than meeting it. */
    static boolean closesWithoutAnswer(Outcome result) {
        return result == Outcome.OTHER_NO_SUPPLEMENT || result == Outcome.OTHER_FEE_UNPAID;
    }
}
