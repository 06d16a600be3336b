package org.fazhi.enforcement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.publication.PartyType;
import org.fazhi.shared.input.NotFuture;
import org.fazhi.shared.input.Phone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * 立案 — what staff submit to file a case (or, in the summary procedure, to record it on the spot); the API and the
 * filing page bind it alike. The shape of each field is checked here, the rules that need the calendar or the
 * platform's today (filing date, limitation) by {@link CaseService#file}; dates are ISO in the form and in JSON. The
 * flags not given are {@code false}; {@code officerIds} are needed in the summary procedure, where the officers act on
 * the spot. {@code partyBirthDate} is needed for a natural person whose ID number does not give the birth date (none,
 * or not a 居民身份证号码): the party's age on the day of the violation decides whether the decision may be published.
 * The facts of the limitation (《行政处罚法》第36条, {@link Limitation}): {@code violationOn} the day the
 * violation was committed (or began), {@code violationContinuing} and {@code violationEndedOn} a continuing or repeated
 * violation and the day it ended (empty while it goes on), {@code discoveredOn} the day it was discovered (the filing
 * date when empty), {@code harmToLife} whether it concerns citizens' life and health safety or financial safety with
 * harmful consequences (five years). The party's ID number is a resident ID number for a natural person, a unified
 * social credit code otherwise ({@link org.fazhi.shared.input.ValueRules#partyIdProblem}, checked by
 * {@link CaseService#file} since it depends on the party type).
 */
public record FileCase(
        @NotNull(message = "{enforcement.filing.procedure}") ProcedureKind procedure,
        @NotBlank(message = "{enforcement.filing.title}") @Size(max = 200, message = "{enforcement.filing.title}")
        String title,
        @NotNull(message = "{enforcement.filing.partyType}") PartyType partyType,
        @NotBlank(message = "{enforcement.filing.partyName}")
        @Size(max = 100, message = "{enforcement.filing.partyName}") String partyName,
        @Size(max = 30, message = "{enforcement.filing.partyIdNumber}") String partyIdNumber,
        @NotFuture(message = "{enforcement.filing.birthDateFuture}") @DateTimeFormat(iso = ISO.DATE)
        LocalDate partyBirthDate,
        @Size(max = 200, message = "{enforcement.filing.partyAddress}") String partyAddress,
        @Size(max = 30, message = "{enforcement.filing.partyPhone}") @Phone String partyPhone,
        @NotBlank(message = "{enforcement.filing.violation}")
        @Size(max = 2000, message = "{enforcement.filing.violation}") String violation,
        @NotBlank(message = "{enforcement.filing.basis}") @Size(max = 1000, message = "{enforcement.filing.basis}")
        String legalBasis,
        @DateTimeFormat(iso = ISO.DATE) LocalDate violationOn,
        Boolean violationContinuing,
        @DateTimeFormat(iso = ISO.DATE) LocalDate violationEndedOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate discoveredOn,
        Boolean harmToLife,
        @NotNull(message = "{enforcement.filing.date}") @NotFuture(message = "{enforcement.filing.dateFuture}")
        @DateTimeFormat(iso = ISO.DATE) LocalDate filedOn,
        Boolean majorPublicInterest,
        Boolean majorRights,
        Boolean complexCase,
        Boolean reviewByLaw,
        Boolean collective,
        List<Long> officerIds) {

    /** A filing that records neither a continuing state nor the day of discovery (the filing date stands in). */
    FileCase(ProcedureKind procedure, String title, PartyType partyType, String partyName, String partyIdNumber,
             LocalDate partyBirthDate, String partyAddress, String partyPhone, String violation, String legalBasis,
             LocalDate violationOn, Boolean harmToLife, LocalDate filedOn, Boolean majorPublicInterest,
             Boolean majorRights, Boolean complexCase, Boolean reviewByLaw, Boolean collective, List<Long> officerIds) {
        this(procedure, title, partyType, partyName, partyIdNumber, partyBirthDate, partyAddress, partyPhone, violation,
                legalBasis, violationOn, null, null, null, harmToLife, filedOn, majorPublicInterest, majorRights,
                complexCase, reviewByLaw, collective, officerIds);
    }

    /**
     * The violation concerns citizens' life and health safety or financial safety and had harmful consequences (the
     * five-year limitation of 第36条).
     */
    public boolean harmsLife() {
        return Boolean.TRUE.equals(harmToLife);
    }

    /** The violation was in a continuing or repeated state (连续或者继续状态). */
    public boolean continuing() {
        return Boolean.TRUE.equals(violationContinuing);
    }

    Limitation limitation() {
        return new Limitation(violationOn, continuing(), violationEndedOn, discoveredOn, harmsLife());
    }

    Gravity gravity() {
        return new Gravity(Boolean.TRUE.equals(majorPublicInterest), Boolean.TRUE.equals(majorRights),
                Boolean.TRUE.equals(complexCase), Boolean.TRUE.equals(reviewByLaw), Boolean.TRUE.equals(collective));
    }

    public List<Long> officers() {
        return officerIds == null ? List.of() : officerIds;
    }
}
