package org.fazhi.mediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.mediation.internal.Dispute;
import org.fazhi.mediation.internal.MediationAccess;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;

/** Disputes as the API answers them. Parties' ID numbers and phones only for those who handle the case. */
final class DisputeJson {

    private DisputeJson() {
    }

    /** A list row: no personal detail beyond the parties' names. */
    record Item(long id, String caseNo, LocalDate acceptedOn, String village, String category, String source,
                String channel, String partyNames, BigDecimal amount, boolean major, String committee,
                String holder, String status, String agreementForm, LocalDate concludedOn) {

        static Item of(Dispute d, OrgDirectory dir) {
            return new Item(d.getId(), d.getCaseNo(), d.getAcceptedOn(), name(dir, d.getLocalityId()),
                    d.getCategory().label(), d.getSource().label(), d.getChannel() == null ? null
                    : d.getChannel().label(), d.getPartyNames(), d.getAmount(), d.isMajor(),
                    d.getCommitteeLevel().label(), name(dir, d.getHolderUnitId()), d.getStatus().name(),
                    d.getAgreementForm() == null ? null : d.getAgreementForm().name(), d.getConcludedOn());
        }
    }

    record PartyView(String role, String name, String idNumber, String phone, String address) {
    }

    record SessionView(LocalDate heldOn, String place, String participants, String mediator, String record) {
    }

    record HandoverView(LocalDate on, String from, String to, String by, String reason) {
    }

    record FollowUpView(String kind, LocalDate on, String result, String note) {
    }

    record Detail(Item dispute, String summary, String riskLevel, String majorReasons, String mediators,
                  LocalDate policeReportedOn, String policeReportNote, String agreementTerms, String oralContent,
                  LocalDate agreementSignedOn, String advisedRoute, String conclusionNote,
                  LocalDate courtConfirmationOn, String performance, List<PartyView> parties,
                  List<SessionView> sessions, List<HandoverView> handovers, List<FollowUpView> followUps,
                  List<String> allowedSteps) {

        static Detail of(Dispute d, OrgDirectory dir, List<String> steps) {
            boolean personal = MediationAccess.PARTY_DATA.readsInClear();
            return new Detail(Item.of(d, dir), d.getSummary(), d.getRiskLevel().name(), d.getMajorReasons(),
                    d.getMediators(), d.getPoliceReportedOn(), d.getPoliceReportNote(), d.getAgreementTerms(),
                    d.getOralContent(), d.getAgreementSignedOn(),
                    d.getAdvisedRoute() == null ? null : d.getAdvisedRoute().name(), d.getConclusionNote(),
                    d.getCourtConfirmationOn(), d.getPerformance() == null ? null : d.getPerformance().name(),
                    d.getParties().stream().map(p -> new PartyView(p.getRole().name(), p.getName(),
                            personal ? p.getIdNumber() : null, personal ? p.getPhone() : null,
                            personal ? p.getAddress() : null)).toList(),
                    d.getSessions().stream().map(s -> new SessionView(s.getHeldOn(), s.getPlace(),
                            s.getParticipants(), s.getMediator(), s.getRecordText())).toList(),
                    d.getHandovers().stream().map(h -> new HandoverView(h.getHandedOn(), name(dir, h.getFromUnitId()),
                            name(dir, h.getToUnitId()), h.getHandedBy(), h.getReason())).toList(),
                    d.getFollowUps().stream().map(f -> new FollowUpView(f.getKind().name(), f.getFollowedOn(),
                            f.getResult() == null ? null : f.getResult().name(), f.getNote())).toList(),
                    steps);
        }
    }

    static String name(OrgDirectory dir, Long id) {
        return id == null ? null : dir.find(id).map(OrgUnitView::name).orElse(null);
    }
}
