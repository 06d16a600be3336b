package org.fazhi.mediation.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.mediation.DisputeCategory;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.shared.input.Phone;
import org.fazhi.shared.input.ResidentId;

/** What staff submit to the dispute procedure; the API and the pages bind these, the service checks the rules. */
public final class DisputeCommands {

    private DisputeCommands() {
    }

    /** 纠纷登记 — registering a dispute. {@code committee} null: the registering mediator's own committee. */
    public record Registration(@NotNull Long localityId, @NotNull LocalDate acceptedOn, @NotNull DisputeCategory category,
                               @NotNull DisputeSource source, @NotNull IntakeChannel channel,
                               @NotBlank @Size(max = 2000) String summary,
                               @NotEmpty @Size(max = 20) List<@Valid PartyInput> parties,
                               @Min(0) BigDecimal amount, @NotNull RiskLevel riskLevel, Boolean major,
                               @Min(0) @Max(10000) Integer deaths, @Min(0) @Max(1000000) Integer personsInvolved,
                               @Size(max = 300) String mediators, CommitteeLevel committee) {

        public boolean flaggedMajor() {
            return Boolean.TRUE.equals(major);
        }

        public int deathCount() {
            return deaths == null ? 0 : deaths;
        }

        public int personCount() {
            return personsInvolved == null ? 0 : personsInvolved;
        }
    }

    /** A party as entered; ID number, phone and address may be left blank. */
    public record PartyInput(@NotNull PartyRole role, @NotBlank @Size(max = 100) String name,
                             @Size(max = 30) @ResidentId String idNumber, @Size(max = 30) @Phone String phone,
                             @Size(max = 200) String address) {
    }

    /** 调解记录 — one session. */
    public record SessionInput(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String place,
                               @NotBlank @Size(max = 500) String participants,
                               @NotBlank @Size(max = 100) String mediator,
                               @NotBlank @Size(max = 4000) String record) {
    }

    /** 指派调解员. */
    public record Assignment(@NotBlank @Size(max = 300) String mediators) {
    }

    /** 上报镇调委会 — the village committee hands the dispute up. */
    public record Escalation(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason) {
    }

    /** 报告公安机关 (《人民调解法》第25条). */
    public record PoliceReport(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String note) {
    }

    /**
     * 结案 — concluding a mediation. SUCCEEDED needs an agreement form (WRITTEN: terms, the day all signed and the three
     * signatures of art. 29; ORAL: the content); FAILED the route the parties were told (art. 26); TERMINATED a reason.
     */
    public record Conclusion(@NotNull DisputeStatus outcome, @NotNull LocalDate concludedOn, AgreementForm form,
                             @Size(max = 4000) String terms, @Size(max = 4000) String oralContent,
                             LocalDate signedOn, Boolean partiesSigned, Boolean mediatorSigned,
                             Boolean committeeSealed, AdvisedRoute route, @Size(max = 2000) String note) {

        /** Whether the three marks of art. 29 are all recorded. */
        public boolean fullySigned() {
            return Boolean.TRUE.equals(partiesSigned) && Boolean.TRUE.equals(mediatorSigned)
                    && Boolean.TRUE.equals(committeeSealed);
        }
    }

    /** 回访 — a follow-up; {@code result} is the performance found (performance follow-ups). */
    public record FollowUpInput(@NotNull FollowUp.Kind kind, @NotNull LocalDate on, Performance result,
                                @NotBlank @Size(max = 2000) String note) {
    }

    /** 司法确认申请 — the day the parties applied to the court (《人民调解法》第33条). */
    public record CourtConfirmation(@NotNull LocalDate appliedOn) {
    }

    /** One row of the 矛盾纠纷台账, already checked by the ledger format. */
    public record LedgerEntry(long townId, long localityId, LocalDate acceptedOn, DisputeCategory category,
                              DisputeSource source, String summary, String partyNames, BigDecimal amount,
                              boolean major, CommitteeLevel committee, DisputeStatus status, AgreementForm form,
                              LocalDate concludedOn) {
    }

    /** 公众调解申请 — a request from the public portal: who asks, against whom, about what, in which village. */
    public record PublicRequest(@NotNull Long villageId, @NotNull DisputeCategory category,
                                @NotBlank @Size(max = 50) String applicantName,
                                @NotBlank @Size(max = 30) @Phone String applicantPhone,
                                @Size(max = 50) String respondentName,
                                @NotBlank @Size(max = 2000) String summary) {
    }
}
