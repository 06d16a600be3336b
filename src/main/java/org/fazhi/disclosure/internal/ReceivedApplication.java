package org.fazhi.disclosure.internal;

import org.fazhi.shared.AuditNamed;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import org.fazhi.organization.Permission;
import org.fazhi.organization.PersonalDataPolicy;
import org.fazhi.organization.scope.ScopedRecord;
import org.fazhi.shared.PartyData;

/**
 * 申请 — an application for government information disclosure as it was received (《政府信息公开条例》第29条、第31条):
 * its tracking code and case number, the day and channel of receipt, the applicant and what is asked for. None of it
 * changes once received; the procedure that follows is {@link DisclosureApplication}, on the same row.
 */
@MappedSuperclass
public abstract class ReceivedApplication extends ScopedRecord implements AuditNamed {

    /** 《政府信息公开条例》 (国务院令第711号) took effect on this day; no application is older. */
    static final LocalDate REGULATION_IN_FORCE = LocalDate.of(2019, 5, 15);
    static final int MAX_TEXT = 4000;
    /**
     * Who reads an applicant's personal data in clear: the disclosure staff of the town that owns the application,
     * nobody else — not the town's leaders, not the district, not the public.
     */
    public static final PersonalDataPolicy APPLICANT_DATA =
            PersonalDataPolicy.readableWith(Permission.DISCLOSURE_WRITE).ownTownOnly();

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;

    @Column(name = "case_number", nullable = false, length = 100)
    private String caseNumber;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType applicantType;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "applicant_name", nullable = false, length = 100))
    @AttributeOverride(name = "idNumber", column = @Column(name = "id_number", length = 40))
    @AttributeOverride(name = "phone", column = @Column(name = "phone", length = 40))
    @AttributeOverride(name = "address", column = @Column(name = "address", length = 300))
    private PartyData applicant;

    @Column(nullable = false, length = MAX_TEXT)
    private String content;

    @Column(length = 200)
    private String delivery;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReceivedApplication() {
    }

    /** What the application says (art. 29), under the code and number it was given on receipt. */
    protected ReceivedApplication(ApplicationParticulars p, String trackingCode, String caseNumber) {
        this.trackingCode = trackingCode;
        this.caseNumber = caseNumber;
        this.receivedOn = p.receivedOn();
        this.channel = p.channel();
        this.applicantType = p.applicantType();
        this.applicant = new PartyData(p.applicantName(), p.idNumber(), p.phone(), p.address());
        this.content = p.content();
        this.delivery = p.delivery();
        this.createdAt = Instant.now();
    }

    public String trackingCode() {
        return trackingCode;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Channel channel() {
        return channel;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    /** The applicant's name, ID number, phone and address, in clear. */
    public PartyData applicant() {
        return applicant;
    }

    /** The applicant as the current user may see it ({@link #APPLICANT_DATA}). */
    public PartyData applicantAsSeen() {
        return APPLICANT_DATA.view(applicant, applicantType.person(), this);
    }

    public String applicantName() {
        return applicant.name();
    }

    public String idNumber() {
        return applicant.idNumber();
    }

    public String phone() {
        return applicant.phone();
    }

    public String address() {
        return applicant.address();
    }

    public String content() {
        return content;
    }

    public String delivery() {
        return delivery;
    }

    /** {@inheritDoc} Here: the 申请编号. */
    @Override
    public String auditName() {
        return caseNumber;
    }
}
