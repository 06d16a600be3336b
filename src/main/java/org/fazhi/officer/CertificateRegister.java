package org.fazhi.officer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 行政执法证登记 — the one place that says whether an officer may act on a date. 《行政处罚法》 art. 42: enforcement is
 * done by officers holding an enforcement certificate, at least two of them. Every module that puts officers on a step
 * of a case asks here; reads follow the caller's data scope (an officer of another town is not found).
 */
public interface CertificateRegister {

    /** 《行政处罚法》第42条: enforcement by at least two officers. */
    int MIN_OFFICERS = 2;

    /** Whether the officer held a certificate valid on that day. */
    boolean isValidOn(long officerId, LocalDate on);

    /**
     * Refuses ({@link org.fazhi.shared.RuleViolation}, 422) unless at least two distinct officers are named and every
     * one of them held a valid certificate on that day; the message names the officers without one.
     */
    List<OfficerSummary> requireTwoValidOn(Collection<Long> officerIds, LocalDate on);

    /** The officers of the caller's scope whose certificate is valid on the day, by name. */
    List<OfficerSummary> validOn(LocalDate on);

    /** The officer, with the certificate valid on the day (or the latest one). */
    Optional<OfficerSummary> find(long officerId, LocalDate on);

    /**
     * The officer holding the certificate with this number (in the caller's scope), described with that certificate
     * whatever its state; empty when no such certificate is registered.
     */
    Optional<OfficerSummary> byCertificateNumber(String certificateNumber);

    /** Whether the certificate with this number (in the caller's scope) was valid on that day. */
    boolean certificateValidOn(String certificateNumber, LocalDate on);

    /** The officer linked to a staff account, if any. */
    Optional<OfficerSummary> ofUser(String username, LocalDate on);
}
