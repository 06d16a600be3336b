package org.fazhi.mediation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.mediation.internal.DisputeCommands.Conclusion;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.RuleViolation.FieldProblem;

/**
 * The facts a step of {@link Dispute} must bring before the aggregate records it: a date within the step's window,
 * and a conclusion whose agreement, route and dates fit its outcome. {@link DisputeProcedure} says which step the
 * state allows; these rules check what the step was given.
 */
final class DisputeRules {

    private DisputeRules() {
    }

    /** Refuses a step's date before {@code from} (with {@code key}) or after today. */
    static void requireBetween(String field, LocalDate date, LocalDate from, LocalDate today, String key) {
        if (date.isBefore(from)) {
            throw RuleViolation.onField(field, key, date, from);
        }
        if (date.isAfter(today)) {
            throw RuleViolation.onField(field, "mediation.date.future");
        }
    }

    /** The rules a conclusion must meet, as field problems (empty when it fits). */
    static List<FieldProblem> conclusionProblems(Conclusion c, LocalDate acceptedOn, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.outcome() == null || c.outcome().open()) {
            p.add(new FieldProblem("outcome", "mediation.conclude.outcome"));
            return p;
        }
        if (c.concludedOn() == null) {
            p.add(new FieldProblem("concludedOn", "mediation.field.required"));
        } else if (c.concludedOn().isBefore(acceptedOn)) {
            p.add(new FieldProblem("concludedOn", "mediation.concludedOn.beforeAccepted", c.concludedOn(), acceptedOn));
        } else if (c.concludedOn().isAfter(today)) {
            p.add(new FieldProblem("concludedOn", "mediation.date.future"));
        }
        switch (c.outcome()) {
            case SUCCEEDED -> {
                if (c.form() == null || c.form() == AgreementForm.NONE) {
                    // 《人民调解法》第28–30条: a mediation succeeds by an agreement, written or oral; a claim withdrawn
                    // after explanation ends the mediation (终止) with that reason
                    p.add(new FieldProblem("form", "mediation.conclude.form"));
                } else if (c.form() == AgreementForm.WRITTEN) {
                    if (blank(c.terms())) {
                        p.add(new FieldProblem("terms", "mediation.agreement.terms"));
                    }
                    if (c.signedOn() == null) {
                        p.add(new FieldProblem("signedOn", "mediation.agreement.signedOn"));
                    } else if (c.signedOn().isBefore(acceptedOn) || c.signedOn().isAfter(today)) {
                        p.add(new FieldProblem("signedOn", "mediation.agreement.signedOnRange"));
                    }
                    if (!c.fullySigned()) {
                        p.add(new FieldProblem("partiesSigned", "mediation.agreement.unsigned",
                                MediationPeriods.WRITTEN_AGREEMENT.citation()));
                    }
                } else if (c.form() == AgreementForm.ORAL && blank(c.oralContent())) {
                    p.add(new FieldProblem("oralContent", "mediation.agreement.oralContent"));
                }
                if (c.route() != null) {
                    p.add(new FieldProblem("route", "mediation.conclude.routeOnlyWhenEnded"));
                }
            }
            case FAILED, TERMINATED -> {
                if (c.form() != null && c.form() != AgreementForm.NONE) {
                    p.add(new FieldProblem("form", "mediation.conclude.failedNoAgreement"));
                }
                if (c.route() == null || c.route() == AdvisedRoute.NOT_STATED) {
                    p.add(new FieldProblem("route", "mediation.conclude.route",
                            MediationPeriods.FAILED_ROUTES.citation()));
                }
                if (c.outcome() == DisputeStatus.TERMINATED && blank(c.note())) {
                    p.add(new FieldProblem("note", "mediation.conclude.terminatedReason"));
                }
            }
            default -> {
            }
        }
        return p;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
