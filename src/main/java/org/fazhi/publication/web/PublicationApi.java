package org.fazhi.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.publication.DecisionKind;
import org.fazhi.publication.PartyType;
import org.fazhi.publication.PublicationFigures;
import org.fazhi.publication.PublicationStatistics;
import org.fazhi.publication.internal.Publication;
import org.fazhi.publication.internal.PublicationRepository;
import org.fazhi.publication.internal.PublicationService;
import org.fazhi.publication.internal.PublicationStatus;
import org.fazhi.publication.internal.WithholdingGround;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The publication desk for scripts and integrations. */
@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "执法公示（工作台）", description = "publication desk")
class PublicationApi {

    private final PublicationRepository publications;
    private final PublicationService service;
    private final PublicationStatistics statistics;

    PublicationApi(PublicationRepository publications, PublicationService service, PublicationStatistics statistics) {
        this.publications = publications;
        this.service = service;
        this.statistics = statistics;
    }

    record PublicationJson(long id, String caseNumber, String decisionNumber, DecisionKind kind, String title,
                           PartyType partyType, String partyName, String violation, String basis, String penalty,
                           BigDecimal fineAmount, LocalDate decidedOn, LocalDate publicationDueOn,
                           LocalDate publishedOn, PublicationStatus status, WithholdingGround withheldGround,
                           String withheldReason, LocalDate withheldOn, String withheldBy, LocalDate revokedOn,
                           LocalDate withdrawalDueOn, LocalDate withdrawnOn, String withdrawalReason) {
        static PublicationJson of(Publication p) {
            return new PublicationJson(p.getId(), p.getCaseNumber(), p.getDecisionNumber(), p.getKind(),
                    p.getTitle(), p.getPartyType(), p.getPartyName(), p.getViolation(), p.getBasis(), p.getPenalty(),
                    p.getFineAmount(), p.getDecidedOn(), p.getPublicationDueOn(), p.getPublishedOn(), p.getStatus(),
                    p.getWithholding().getGround(), p.getWithholding().getReason(), p.getWithholding().getOn(),
                    p.getWithholding().getBy(),
                    p.getWithdrawal().getRevokedOn(), p.getWithdrawal().getDueOn(), p.getWithdrawal().getWithdrawnOn(),
                    p.getWithdrawal().getReason());
        }
    }

    record Revision(@NotBlank String title, String violation, String basis, String penalty) {
    }

    record Revocation(@NotNull LocalDate revokedOn, @NotBlank String reason) {
    }

    /** Checked by the publication itself, so that a missing ground or reason is a 422 naming the field. */
    record Withholding(WithholdingGround ground, String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    PageOf<PublicationJson> list(@RequestParam(required = false) List<PublicationStatus> status,
                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size) {
        var statuses = status == null || status.isEmpty() ? EnumSet.allOf(PublicationStatus.class)
                : EnumSet.copyOf(status);
        var result = publications.desk(statuses, org.fazhi.shared.Like.containing(q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                        Sort.by(Sort.Direction.DESC, "decidedOn").and(Sort.by("id"))));
        return PageOf.of(result, PublicationJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    @Transactional(readOnly = true)
    PublicationJson get(@PathVariable long id) {
        return PublicationJson.of(service.get(id));
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('ENFORCEMENT_READ')")
    PublicationFigures figures(@RequestParam int year, @RequestParam(required = false) Long orgUnit) {
        return statistics.figures(year, orgUnit);
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    PublicationJson revise(@PathVariable long id, @Valid @RequestBody Revision rq) {
        return PublicationJson.of(service.revise(id, rq.title(), rq.violation(), rq.basis(), rq.penalty()));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    PublicationJson confirm(@PathVariable long id) {
        return PublicationJson.of(service.confirm(id));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    PublicationJson revoke(@PathVariable long id, @Valid @RequestBody Revocation rq) {
        return PublicationJson.of(service.revoke(id, rq.revokedOn(), rq.reason()));
    }

    @PostMapping("/{id}/withhold")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    @Operation(summary = "不予公示：涉及国家秘密、商业秘密、个人隐私或危及国家安全、公共安全的，写明理由（仅工作人员可见）")
    PublicationJson withhold(@PathVariable long id, @RequestBody Withholding rq) {
        return PublicationJson.of(service.withhold(id, rq.ground(), rq.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('LEGAL_REVIEW')")
    PublicationJson withdraw(@PathVariable long id) {
        return PublicationJson.of(service.withdraw(id));
    }
}
