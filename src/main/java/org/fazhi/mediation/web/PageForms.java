package org.fazhi.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.internal.AdvisedRoute;
import org.fazhi.mediation.internal.AgreementForm;
import org.fazhi.mediation.internal.CommitteeLevel;
import org.fazhi.mediation.internal.DisputeCommands;
import org.fazhi.mediation.internal.DisputeStatus;
import org.fazhi.mediation.internal.FollowUp;
import org.fazhi.mediation.internal.IntakeChannel;
import org.fazhi.mediation.internal.PartyRole;
import org.fazhi.mediation.internal.Performance;
import org.fazhi.mediation.internal.RiskLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the pages' forms post, flat as HTML forms are; each turns into the procedure's command. */
final class PageForms {

    private PageForms() {
    }

    /** The registration form: the dispute and up to two parties (an applicant and a respondent). */
    record RegistrationForm(Long localityId, @DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn,
                            DisputeCategory category, DisputeSource source, IntakeChannel channel, String summary,
                            BigDecimal amount, RiskLevel riskLevel, Boolean major, Integer deaths,
                            Integer personsInvolved, String mediators, CommitteeLevel committee,
                            String applicantName, String applicantIdNumber, String applicantPhone,
                            String applicantAddress, String respondentName, String respondentIdNumber,
                            String respondentPhone, String respondentAddress) {

        DisputeCommands.Registration command() {
            List<DisputeCommands.PartyInput> parties = new ArrayList<>();
            if (applicantName != null && !applicantName.isBlank()) {
                parties.add(new DisputeCommands.PartyInput(PartyRole.APPLICANT, applicantName, applicantIdNumber,
                        applicantPhone, applicantAddress));
            }
            if (respondentName != null && !respondentName.isBlank()) {
                parties.add(new DisputeCommands.PartyInput(PartyRole.RESPONDENT, respondentName, respondentIdNumber,
                        respondentPhone, respondentAddress));
            }
            return new DisputeCommands.Registration(localityId, acceptedOn, category, source, channel, summary,
                    parties, amount, riskLevel == null ? RiskLevel.LOW : riskLevel, Boolean.TRUE.equals(major),
                    deaths == null ? 0 : deaths, personsInvolved == null ? 0 : personsInvolved, mediators,
                    committee);
        }
    }

    record SessionForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, String place, String participants,
                       String mediator, String record) {

        DisputeCommands.SessionInput command() {
            return new DisputeCommands.SessionInput(heldOn, place, participants, mediator, record);
        }
    }

    record DatedNoteForm(@DateTimeFormat(iso = ISO.DATE) LocalDate on, String text) {
    }

    record ConclusionForm(DisputeStatus outcome, @DateTimeFormat(iso = ISO.DATE) LocalDate concludedOn,
                          AgreementForm form, String terms, String oralContent,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn, Boolean partiesSigned,
                          Boolean mediatorSigned, Boolean committeeSealed, AdvisedRoute route, String note) {

        DisputeCommands.Conclusion command() {
            return new DisputeCommands.Conclusion(outcome, concludedOn, form, terms, oralContent, signedOn,
                    Boolean.TRUE.equals(partiesSigned), Boolean.TRUE.equals(mediatorSigned),
                    Boolean.TRUE.equals(committeeSealed), route, note);
        }
    }

    record FollowUpForm(FollowUp.Kind kind, @DateTimeFormat(iso = ISO.DATE) LocalDate on, Performance result,
                        String note) {

        DisputeCommands.FollowUpInput command() {
            return new DisputeCommands.FollowUpInput(kind, on, result, note);
        }
    }
}
