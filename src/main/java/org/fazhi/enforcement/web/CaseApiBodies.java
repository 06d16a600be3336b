package org.fazhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.enforcement.PenaltyKind;
import org.fazhi.enforcement.internal.ApprovalStage;
import org.fazhi.enforcement.internal.Confiscation;
import org.fazhi.enforcement.internal.CaseService;
import org.fazhi.enforcement.internal.EnforcementSettings;
import org.fazhi.enforcement.internal.Outcome;
import org.fazhi.enforcement.internal.RemedyKind;
import org.fazhi.enforcement.internal.RemedyResult;
import org.fazhi.enforcement.internal.Remedies;

/** The bodies of the case API ({@link CaseApi}): what a client sends and what it gets back. */
final class CaseApiBodies {

    private CaseApiBodies() {
    }

    record ProposalRequest(Set<PenaltyKind> kinds, BigDecimal fine, String text, BigDecimal gains,
                           BigDecimal propertyValue) {
    }

    record ApprovalRequest(ApprovalStage stage, Boolean agree, String opinion, LocalDate on) {
    }

    /**
     * A step's input; {@code remedy} (RECONSIDERATION or SUIT) is the party's challenge of {@code RECORD_REMEDY},
     * {@code result} (UPHELD, CHANGED or REVOKED) the outcome of {@code REMEDY_OUTCOME}.
     */
    record StepRequest(LocalDate on, List<Long> officerIds, String note, Set<PenaltyKind> kinds, BigDecimal fine,
                       String text, Outcome outcome, Boolean passed, String opinion, String counselOpinion,
                       LocalDate hearingOn, Boolean noShow, String method, BigDecimal amount, Integer days,
                       BigDecimal gains, BigDecimal propertyValue, RemedyKind remedy, RemedyResult result) {
        CaseService.StepInput input() {
            return new CaseService.StepInput(on, officerIds == null ? List.of() : officerIds, note, kinds, fine, text,
                    outcome, passed, opinion, counselOpinion, hearingOn, noShow, method, amount, remedy, days,
                    Confiscation.of(gains, propertyValue), result);
        }
    }

    record CaseJson(long id, String caseNumber, String procedure, String state, String stateLabel, String title,
                    String partyType, String partyName, String violation, String legalBasis, LocalDate filedOn,
                    boolean major, boolean collective, List<String> proposedKinds, BigDecimal proposedFine,
                    LocalDate notifiedOn, LocalDate windowEndsOn, boolean hearingApplicable, Boolean reviewPassed,
                    String outcome, List<String> penaltyKinds, BigDecimal fineAmount, String decisionNumber,
                    LocalDate decidedOn, LocalDate servedOn, LocalDate paymentDueOn, LocalDate paidOn,
                    BigDecimal lateFee, LocalDate closedOn, LocalDate revokedOn, BigDecimal proposedGains,
                    BigDecimal proposedPropertyValue, BigDecimal confiscatedGains, BigDecimal confiscatedPropertyValue,
                    HearingRightJson hearingRight, LimitationJson limitation, LocalDate reminderEndsOn,
                    RemediesJson remedies) {
    }

    /**
     * 听证权利 (《行政处罚法》第63条): whether the party may ask for a hearing — as told in the notice once notified
     * ({@code notified}), else as the proposal stands — and the grounds, in words.
     */
    record HearingRightJson(boolean applies, boolean notified, List<String> grounds) {
    }

    /**
     * 追责时效 (第36条): the facts on record and the last day of discovery ({@code endsOn}); {@code recorded} is false
     * for a case without the violation's date, {@code endsOn} null while that is so or the violation goes on.
     */
    record LimitationJson(boolean recorded, LocalDate violationOn, boolean continuing, LocalDate endedOn,
                          LocalDate discoveredOn, boolean harmToSafety, int years, LocalDate endsOn) {
    }

    record RemediesJson(LocalDate lapsesOn, LocalDate reconsiderationOn, LocalDate reconsiderationReceivedOn,
                        RemedyResult reconsiderationResult, LocalDate suedOn, LocalDate judgmentOn,
                        RemedyResult judgmentResult) {
        static RemediesJson of(Remedies r) {
            return new RemediesJson(r.getLapsesOn(), r.getReconsiderationOn(), r.getReconsiderationReceivedOn(),
                    r.getReconsiderationResult(), r.getSuedOn(), r.getJudgmentOn(), r.getJudgmentResult());
        }
    }

    record StepJson(long id, String step, String stepLabel, LocalDate on, String officers, String note, String actor) {
    }

    record ApprovalJson(String stage, int position, String role, String approver, boolean approved, String opinion,
                        LocalDate signedOn, boolean superseded) {
    }

    record NextStepJson(String step, String label, boolean allowed, List<String> missing) {
    }

    record ClockJson(long id, String title, String basis, LocalDate triggeredOn, LocalDate dueDate, String status,
                     List<ExtensionJson> extensions) {
    }

    record ExtensionJson(int amount, String unit, String approver, LocalDate decidedOn, String reason) {
    }

    record DetailJson(CaseJson caseInfo, List<StepJson> steps, List<ApprovalJson> approvals,
                      List<NextStepJson> nextSteps, List<ClockJson> clocks, List<CasePersonApi.PersonJson> persons) {
    }

    /**
     * {@code hearingConfiscationPerson} / {@code hearingConfiscationOrg}: the province's large amounts confiscated
     * (《行政处罚法》第63条第1款第2项), as {@code hearingFinePerson} / {@code hearingFineOrg} are its large fines;
     * {@code maxExtensions} left out of a change keeps its value.
     */
    record SettingsJson(boolean reviewAllOrdinary, boolean excludeHearingTime, boolean excludeAppraisalTime,
                        int maxExtensionDays, int statementWorkingDays, BigDecimal hearingFinePerson,
                        BigDecimal hearingFineOrg, String caseNumberTemplate, String decisionNumberTemplate,
                        String filingChain, String proposalChain, String decisionChain,
                        BigDecimal hearingConfiscationPerson, BigDecimal hearingConfiscationOrg, Integer maxExtensions) {
        static SettingsJson of(EnforcementSettings s) {
            return new SettingsJson(s.isReviewAllOrdinary(), s.isExcludeHearingTime(), s.isExcludeAppraisalTime(),
                    s.getMaxExtensionDays(), s.getStatementWorkingDays(), s.getHearingFinePerson(),
                    s.getHearingFineOrg(), s.getCaseNumberTemplate(), s.getDecisionNumberTemplate(),
                    s.getFilingChain(), s.getProposalChain(), s.getDecisionChain(), s.getHearingConfiscationPerson(),
                    s.getHearingConfiscationOrg(), s.getMaxExtensions());
        }
    }

    record ReviewerRequest(Boolean legalQualification, LocalDate firstReviewOn) {
    }
}
