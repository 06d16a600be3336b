package org.fazhi.legality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.legality.internal.DecisionScope;
import org.fazhi.legality.internal.DecisionState;
import org.fazhi.legality.internal.DocumentState;
import org.fazhi.legality.internal.MajorDecision;
import org.fazhi.legality.internal.MajorDecisions;
import org.fazhi.legality.internal.NormativeDocuments;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 依法决策 public API (no login): a town's catalogue of decision matters, its consultations open today with the
 * draft put to the public, and its published decisions — nothing internal: no comments, reviews, meetings or dissent;
 * and its published normative documents.
 */
@RestController
@PublicEndpoint
@Tag(name = "依法决策 · 公众")
class PublicLegalityApi {

    private final MajorDecisions decisions;
    private final NormativeDocuments documents;
    private final PublicTowns towns;

    PublicLegalityApi(MajorDecisions decisions, NormativeDocuments documents, PublicTowns towns) {
        this.decisions = decisions;
        this.documents = documents;
        this.towns = towns;
    }

    record DocumentJson(long id, String title, String docNumber, LocalDate publishedOn, LocalDate inForceFrom,
                        LocalDate validUntil, DocumentState state) {
    }

    @GetMapping("/api/public/v1/normative-documents")
    @Operation(summary = "一个乡镇已公布的行政规范性文件：文号、公布和施行日期、有效期和效力状态")
    List<DocumentJson> normativeDocuments(@RequestParam(required = false) Long town) {
        OrgUnitView t = towns.forApi(town);
        return DataScope.asSystem(() -> documents.publicOf(t.id()).stream()
                .map(d -> new DocumentJson(d.getId(), d.getTitle(), d.getDocNumber(), d.getPublishedOn(),
                        d.getInForceFrom(), d.getValidUntil(), d.getState())).toList());
    }

    record CatalogueJson(String title, DecisionScope scopeItem, int year) {
    }

    record ConsultationJson(long id, String title, LocalDate opensOn, LocalDate closesOn, String text) {
    }

    record PublishedJson(long id, String title, LocalDate publishedOn, String text) {
    }

    record PublicJson(long town, int year, List<CatalogueJson> catalogue, List<ConsultationJson> consultations,
                      List<PublishedJson> published) {
    }

    @GetMapping("/api/public/v1/major-decisions")
    @Operation(summary = "一个乡镇的年度决策事项目录、正在公开征求意见的决策草案和已公布的重大行政决策")
    PublicJson list(@RequestParam(required = false) Long town) {
        OrgUnitView t = towns.forApi(town);
        return DataScope.asSystem(() -> {
            int year = decisions.today().getYear();
            List<MajorDecision> open = decisions.publicOf(t.id());
            return new PublicJson(t.id(), year,
                    decisions.catalogue(t.id(), year).stream()
                            .map(d -> new CatalogueJson(d.getTitle(), d.getScopeItem(), d.getCatalogueYear())).toList(),
                    open.stream().filter(d -> d.getState() == DecisionState.CONSULTING)
                            .map(d -> new ConsultationJson(d.getId(), d.getTitle(), d.getConsultationOpensOn(),
                                    d.getConsultationClosesOn(), d.getConsultationDraft())).toList(),
                    open.stream().filter(d -> d.getState() == DecisionState.PUBLISHED)
                            .map(d -> new PublishedJson(d.getId(), d.getTitle(), d.getPublishedOn(),
                                    d.getPublishedText())).toList());
        });
    }
}
