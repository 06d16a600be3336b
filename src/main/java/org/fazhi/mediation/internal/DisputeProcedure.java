package org.fazhi.mediation.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.shared.RuleViolation;

/**
 * The order of the mediation procedure in one table: which step each state allows. Every step of {@link Dispute}
 * asks {@link #require} first, so a step out of order is refused naming the current state.
 */
public final class DisputeProcedure {

    /** A step of the procedure, as the pages offer it. */
    public enum Step {
        ASSIGN, SESSION, ESCALATE, POLICE_REPORT, CONCLUDE, FOLLOW_UP, MAJOR_FOLLOW_UP, COURT_CONFIRMATION
    }

    private static final Set<DisputeStatus> OPEN = EnumSet.of(DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING);

    private static final Map<Step, Set<DisputeStatus>> ALLOWED = new EnumMap<>(Map.of(
            Step.ASSIGN, OPEN,
            Step.SESSION, OPEN,
            Step.ESCALATE, OPEN,
            Step.POLICE_REPORT, OPEN,
            Step.CONCLUDE, OPEN,
            Step.FOLLOW_UP, EnumSet.of(DisputeStatus.SUCCEEDED),
            Step.MAJOR_FOLLOW_UP, EnumSet.allOf(DisputeStatus.class),
            Step.COURT_CONFIRMATION, EnumSet.of(DisputeStatus.SUCCEEDED)));

    private DisputeProcedure() {
    }

    /** Refuses the step unless the dispute's state and facts allow it, naming what is missing. */
    static void require(Dispute d, Step step) {
        if (!ALLOWED.get(step).contains(d.getStatus())) {
            throw new RuleViolation("mediation.step.state", label(step), d.getStatus());
        }
        switch (step) {
            case ESCALATE -> {
                if (d.getCommitteeLevel() == CommitteeLevel.TOWN) {
                    throw new RuleViolation("mediation.escalate.alreadyTown");
                }
            }
            case POLICE_REPORT -> {
                if (d.getPoliceReportedOn() != null) {
                    throw new RuleViolation("mediation.police.already", d.getPoliceReportedOn());
                }
            }
            case MAJOR_FOLLOW_UP -> {
                if (!d.isMajor()) {
                    throw new RuleViolation("mediation.major.notMajor");
                }
            }
            case COURT_CONFIRMATION -> {
                if (d.getAgreementForm() != AgreementForm.WRITTEN) {
                    throw new RuleViolation("mediation.confirmation.notWritten");
                }
                if (d.getCourtConfirmationOn() != null) {
                    throw new RuleViolation("mediation.confirmation.already", d.getCourtConfirmationOn());
                }
            }
            default -> {
            }
        }
    }

    /** The steps the dispute allows now, for the buttons of its page. */
    public static List<Step> allowed(Dispute d) {
        return java.util.Arrays.stream(Step.values()).filter(s -> {
            try {
                require(d, s);
                return true;
            } catch (RuleViolation e) {
                return false;
            }
        }).toList();
    }

    private static String label(Step step) {
        return switch (step) {
            case ASSIGN -> "指派调解员";
            case SESSION -> "记录调解";
            case ESCALATE -> "上报镇调委会";
            case POLICE_REPORT -> "报告公安机关";
            case CONCLUDE -> "结案";
            case FOLLOW_UP -> "履行回访";
            case MAJOR_FOLLOW_UP -> "重大纠纷跟踪";
            case COURT_CONFIRMATION -> "登记司法确认申请";
        };
    }
}
