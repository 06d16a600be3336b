package org.fazhi.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import java.time.LocalDate;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.PartyData;
import org.fazhi.shared.Personal;

/**
 * 立案 — what a penalty case was filed as: its number and procedure, the party, the offence, the facts its limitation
 * runs from and its gravity. No step of the procedure changes them, so the constructor sets them once and there is no
 * setter; {@link PenaltyCase}, the aggregate, adds what its steps change. The audit trail labels these values as
 * this class's ({@code audit.field.FiledCase.*}), the class that declares them.
 */
@MappedSuperclass
public abstract class FiledCase extends ScopedRecord {

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind", nullable = false, length = 20)
    private ProcedureKind procedure;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;
    @Embedded
    private PartyData party;
    /** A natural person's birth date, recorded when the ID number does not carry it (the minor rule of publication). */
    @Personal
    @Column(name = "party_birth_date")
    private LocalDate partyBirthDate;
    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;
    // parts of the case: embeddables, each naming its own columns of penalty_case
    private Offence offence;
    private Limitation limitation;
    private Gravity gravity;

    protected FiledCase() {
    }

    /** 立案 (or, in the summary procedure, the on-the-spot record). */
    protected FiledCase(FileCase f, String caseNumber) {
        this.caseNumber = caseNumber;
        this.procedure = f.procedure();
        this.title = f.title().strip();
        this.partyType = f.partyType();
        this.party = PartyData.of(f.partyName(), f.partyIdNumber(), f.partyPhone(), f.partyAddress());
        this.partyBirthDate = f.partyType() == PartyType.NATURAL_PERSON ? f.partyBirthDate() : null;
        this.offence = new Offence(f.violation(), f.legalBasis());
        this.limitation = f.limitation();
        this.filedOn = f.filedOn();
        this.gravity = f.gravity();
    }

    /** A part whose columns are all empty loads as {@code null}; the case always has its limitation facts. */
    @PostLoad
    void fillEmptyLimitation() {
        limitation = limitation == null ? new Limitation() : limitation;
    }

    public boolean isOrganisation() {
        return partyType == PartyType.ORGANISATION;
    }

    public String getCaseNumber() { return caseNumber; }
    public ProcedureKind getProcedure() { return procedure; }
    public String getTitle() { return title; }
    public PartyType getPartyType() { return partyType; }
    public PartyData getParty() { return party; }
    public String getPartyName() { return party.name(); }
    public String getPartyIdNumber() { return party.idNumber(); }
    public String getPartyAddress() { return party.address(); }
    public String getPartyPhone() { return party.phone(); }
    public LocalDate getPartyBirthDate() { return partyBirthDate; }

    /**
     * The day the party's age is taken on for publication: the day the violation was committed, or, when the case
     * does not record it, the filing date — the earliest day the case knows.
     */
    public LocalDate getAgeTakenOn() {
        return limitation.getCommittedOn() != null ? limitation.getCommittedOn() : filedOn;
    }
    public LocalDate getFiledOn() { return filedOn; }
    public Offence getOffence() { return offence; }
    /** When the violation happened, continued and was discovered (《行政处罚法》第36条). */
    public Limitation getLimitation() { return limitation; }
    public Gravity getGravity() { return gravity; }
}
