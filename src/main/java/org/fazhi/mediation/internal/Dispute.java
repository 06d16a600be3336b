package org.fazhi.mediation.internal;

import static org.fazhi.mediation.internal.DisputeRules.requireBetween;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.internal.DisputeCommands.Conclusion;
import org.fazhi.mediation.internal.DisputeProcedure.Step;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.Personal;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.RuleViolation.FieldProblem;

/**
 * 矛盾纠纷 — a dispute under people's mediation, from registration (受理) to conclusion (结案) and follow-up. It is
 * held by a village committee (the village) or the town committee (镇人民调解委员会); hand-over to the town changes the
 * holder. Every step is a method here that checks {@link DisputeProcedure} first and the facts it was given with
 * {@link DisputeRules}, so that a dispute's state changes in this class only.
 */
@Entity
@Table(name = "mediation_dispute")
public class Dispute extends ScopedRecord implements AuditNamed {

    @Column(name = "case_year", nullable = false)
    private int caseYear;
    @Column(name = "case_seq", nullable = false)
    private int caseSeq;
    @Column(name = "case_no", nullable = false)
    private String caseNo;
    @Column(name = "locality_id", nullable = false)
    private Long localityId;
    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeSource source;
    @Enumerated(EnumType.STRING)
    private IntakeChannel channel;
    @Personal
    @Column(nullable = false)
    private String summary;
    @Personal
    @Column(name = "party_names", nullable = false)
    private String partyNames;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;
    @Column(nullable = false)
    private boolean major;
    @Column(name = "major_reasons")
    private String majorReasons;
    @Column(nullable = false)
    private int deaths;
    @Column(name = "persons_involved", nullable = false)
    private int personsInvolved;
    @Enumerated(EnumType.STRING)
    @Column(name = "committee_level", nullable = false)
    private CommitteeLevel committeeLevel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeStatus status;
    private String mediators;
    @Column(name = "police_reported_on")
    private LocalDate policeReportedOn;
    @Column(name = "police_report_note")
    private String policeReportNote;
    @Column(name = "concluded_on")
    private LocalDate concludedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    private AgreementForm agreementForm;
    @Personal
    @Column(name = "agreement_terms")
    private String agreementTerms;
    @Personal
    @Column(name = "oral_content")
    private String oralContent;
    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;
    @Column(name = "parties_signed", nullable = false)
    private boolean partiesSigned;
    @Column(name = "mediator_signed", nullable = false)
    private boolean mediatorSigned;
    @Column(name = "committee_sealed", nullable = false)
    private boolean committeeSealed;
    @Enumerated(EnumType.STRING)
    @Column(name = "advised_route")
    private AdvisedRoute advisedRoute;
    @Column(name = "conclusion_note")
    private String conclusionNote;
    @Column(name = "court_confirmation_on")
    private LocalDate courtConfirmationOn;
    @Enumerated(EnumType.STRING)
    private Performance performance;
    @Column(name = "campaign_assignment_id")
    private Long campaignAssignmentId;
    @Column(nullable = false)
    private boolean imported;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    /** 查询码 of a request made on the portal, with which the applicant follows it; {@code null} otherwise. */
    @Column(name = "tracking_code", length = 20)
    private String trackingCode;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dispute_id", nullable = false)
    @OrderBy("sortOrder")
    private List<Party> parties = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dispute_id", nullable = false)
    @OrderBy("heldOn, id")
    private List<MediationSession> sessions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dispute_id", nullable = false)
    @OrderBy("handedOn, id")
    private List<Handover> handovers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "dispute_id", nullable = false)
    @OrderBy("followedOn, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected Dispute() {
    }

    /** The facts common to registration and import. */
    Dispute(OrgUnitView holder, CaseNumber number, OrgUnitView locality, LocalDate acceptedOn,
            DisputeCategory category, DisputeSource source, IntakeChannel channel, String summary, String partyNames,
            BigDecimal amount, RiskLevel riskLevel, String registeredBy) {
        assignHolder(holder);
        this.committeeLevel = CommitteeLevel.of(holder);
        this.caseYear = number.year();
        this.caseSeq = number.seq();
        this.caseNo = number.text();
        this.localityId = locality.id();
        this.acceptedOn = acceptedOn;
        this.category = category;
        this.source = source;
        this.channel = channel;
        this.summary = summary;
        this.partyNames = partyNames;
        this.amount = amount;
        this.riskLevel = riskLevel;
        this.status = DisputeStatus.ACCEPTED;
        this.registeredBy = registeredBy;
        noteChange("REGISTER", null);
    }

    void addParty(PartyRole role, String name, String idNumber, String phone, String address) {
        parties.add(new Party(getTownId(), role, name, blankToNull(idNumber), blankToNull(phone),
                blankToNull(address), parties.size()).partOf(this));
    }

    /** Flags the dispute major (重大纠纷) with the reasons found; a flag once set stays until it is resolved. */
    void flagMajor(int deaths, int personsInvolved, List<String> reasons) {
        this.deaths = deaths;
        this.personsInvolved = personsInvolved;
        if (!reasons.isEmpty()) {
            this.major = true;
            this.majorReasons = String.join("、", reasons);
        }
    }

    void assignMediators(String names) {
        DisputeProcedure.require(this, Step.ASSIGN);
        this.mediators = names.strip();
        noteChange("ASSIGN", names);
    }

    void recordSession(LocalDate heldOn, String place, String participants, String mediator, String record,
                       String by, LocalDate today) {
        DisputeProcedure.require(this, Step.SESSION);
        requireBetween("heldOn", heldOn, acceptedOn, today, "mediation.session.beforeAccepted");
        sessions.add(new MediationSession(getTownId(), heldOn, place.strip(), participants.strip(), mediator.strip(),
                record.strip(), by).partOf(this));
        if (status == DisputeStatus.ACCEPTED) {
            status = DisputeStatus.MEDIATING;
            noteChange("TRANSITION:ACCEPTED->MEDIATING", null);
        } else {
            noteChange("SESSION", null);
        }
    }

    /** 小事不出村、大事不出镇: the village committee hands the dispute to the town committee, which now holds it. */
    void escalate(OrgUnitView townCommittee, LocalDate on, String reason, String by, LocalDate today) {
        DisputeProcedure.require(this, Step.ESCALATE);
        requireBetween("on", on, acceptedOn, today, "mediation.escalate.beforeAccepted");
        handovers.add(new Handover(getTownId(), getHolderUnitId(), townCommittee.id(), on, by, reason.strip())
                .partOf(this));
        assignHolder(townCommittee);
        committeeLevel = CommitteeLevel.TOWN;
        noteChange("ESCALATE:VILLAGE->TOWN", reason);
    }

    void reportToPolice(LocalDate on, String note, LocalDate today) {
        DisputeProcedure.require(this, Step.POLICE_REPORT);
        requireBetween("on", on, acceptedOn, today, "mediation.police.beforeAccepted");
        policeReportedOn = on;
        policeReportNote = note.strip();
        noteChange("POLICE_REPORT", MediationPeriods.POLICE_REPORT.citation() + " " + note);
    }

    /** Concludes the mediation; refuses a conclusion whose facts do not fit its outcome, naming each field. */
    void conclude(Conclusion c, LocalDate today) {
        DisputeProcedure.require(this, Step.CONCLUDE);
        List<FieldProblem> problems = DisputeRules.conclusionProblems(c, acceptedOn, today);
        if (!problems.isEmpty()) {
            throw RuleViolation.ofFields(problems);
        }
        DisputeStatus before = status;
        status = c.outcome();
        concludedOn = c.concludedOn();
        agreementForm = c.outcome() == DisputeStatus.SUCCEEDED ? c.form() : null;
        if (agreementForm == AgreementForm.WRITTEN) {
            agreementTerms = c.terms().strip();
            agreementSignedOn = c.signedOn();
            partiesSigned = true;
            mediatorSigned = true;
            committeeSealed = true;
        } else if (agreementForm == AgreementForm.ORAL) {
            oralContent = c.oralContent().strip();
        }
        advisedRoute = c.route();
        conclusionNote = blankToNull(c.note());
        noteChange("TRANSITION:" + before + "->" + status, c.note());
    }

    void recordFollowUp(FollowUp.Kind kind, LocalDate on, Performance result, String note, String by,
                        LocalDate today) {
        DisputeProcedure.require(this, kind == FollowUp.Kind.MAJOR ? Step.MAJOR_FOLLOW_UP : Step.FOLLOW_UP);
        LocalDate from = kind == FollowUp.Kind.PERFORMANCE ? concludedOn : acceptedOn;
        requireBetween("on", on, from, today, "mediation.followUp.tooEarly");
        if (kind == FollowUp.Kind.PERFORMANCE) {
            if (result == null) {
                throw RuleViolation.onField("result", "mediation.followUp.result");
            }
            performance = result;
        }
        followUps.add(new FollowUp(getTownId(), kind, on, kind == FollowUp.Kind.PERFORMANCE ? result : null,
                note.strip(), by).partOf(this));
        noteChange("FOLLOW_UP:" + kind, note);
    }

    void recordCourtConfirmation(LocalDate appliedOn, LocalDate today) {
        DisputeProcedure.require(this, Step.COURT_CONFIRMATION);
        requireBetween("appliedOn", appliedOn, agreementSignedOn == null ? concludedOn : agreementSignedOn, today,
                "mediation.confirmation.beforeAgreement");
        courtConfirmationOn = appliedOn;
        noteChange("COURT_CONFIRMATION", null);
    }

    /** An imported row's outcome, checked by the ledger format. */
    void importOutcome(DisputeStatus outcome, AgreementForm form, LocalDate concludedOn, boolean major) {
        this.imported = true;
        this.major = major;
        if (major) {
            this.majorReasons = "台账标记";
        }
        if (outcome.open()) {
            this.status = DisputeStatus.MEDIATING;
            return;
        }
        this.status = outcome;
        this.concludedOn = concludedOn;
        this.agreementForm = outcome == DisputeStatus.SUCCEEDED ? form : null;
        // the ledger has no column for the route told to the parties (《人民调解法》第26条)
        this.advisedRoute = outcome == DisputeStatus.SUCCEEDED ? null : AdvisedRoute.NOT_STATED;
    }

    void linkCampaign(long assignmentId) {
        this.campaignAssignmentId = assignmentId;
    }

    /** Gives a request made on the portal the tracking code its applicant follows it with. */
    void trackWith(String code) {
        this.trackingCode = code;
    }

    private static String blankToNull(String s) {
        return DisputeRules.blank(s) ? null : s.strip();
    }

    public int getCaseYear() { return caseYear; }
    public String getCaseNo() { return caseNo; }
    public Long getLocalityId() { return localityId; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public DisputeCategory getCategory() { return category; }
    public DisputeSource getSource() { return source; }
    public IntakeChannel getChannel() { return channel; }
    public String getSummary() { return summary; }
    public String getPartyNames() { return partyNames; }
    public BigDecimal getAmount() { return amount; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public boolean isMajor() { return major; }
    public String getMajorReasons() { return majorReasons; }
    public int getDeaths() { return deaths; }
    public int getPersonsInvolved() { return personsInvolved; }
    public CommitteeLevel getCommitteeLevel() { return committeeLevel; }
    public DisputeStatus getStatus() { return status; }
    public String getMediators() { return mediators; }
    public LocalDate getPoliceReportedOn() { return policeReportedOn; }
    public String getPoliceReportNote() { return policeReportNote; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public AgreementForm getAgreementForm() { return agreementForm; }
    public String getAgreementTerms() { return agreementTerms; }
    public String getOralContent() { return oralContent; }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public boolean isPartiesSigned() { return partiesSigned; }
    public boolean isMediatorSigned() { return mediatorSigned; }
    public boolean isCommitteeSealed() { return committeeSealed; }
    public AdvisedRoute getAdvisedRoute() { return advisedRoute; }
    public String getConclusionNote() { return conclusionNote; }
    public LocalDate getCourtConfirmationOn() { return courtConfirmationOn; }
    public Performance getPerformance() { return performance; }
    public Long getCampaignAssignmentId() { return campaignAssignmentId; }
    public boolean isImported() { return imported; }
    public String getRegisteredBy() { return registeredBy; }
    public String getTrackingCode() { return trackingCode; }
    public List<Party> getParties() { return List.copyOf(parties); }
    public List<MediationSession> getSessions() { return List.copyOf(sessions); }
    public List<Handover> getHandovers() { return List.copyOf(handovers); }
    public List<FollowUp> getFollowUps() { return List.copyOf(followUps); }

    /** {@inheritDoc} Here: the 纠纷编号. */
    @Override
    public String auditName() {
        return caseNo;
    }
}
