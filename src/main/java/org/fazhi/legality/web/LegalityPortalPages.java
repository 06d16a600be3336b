package org.fazhi.legality.web;

import java.util.List;
import org.fazhi.legality.internal.DecisionState;
import org.fazhi.legality.internal.MajorDecision;
import org.fazhi.legality.internal.MajorDecisions;
import org.fazhi.legality.internal.NormativeDocuments;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 依法决策 on a town's portal: this year's catalogue of decision matters, the drafts open for public comment with
 * their period, and the published decisions — never comments, reviews, meetings or dissent; and the published
 * normative documents.
 */
@Controller
@PublicEndpoint
class LegalityPortalPages {

    private final MajorDecisions decisions;
    private final NormativeDocuments documents;
    private final PublicTowns towns;

    LegalityPortalPages(MajorDecisions decisions, NormativeDocuments documents, PublicTowns towns) {
        this.decisions = decisions;
        this.documents = documents;
        this.towns = towns;
    }

    /** The town's published normative documents with their number, dates and whether they are in force. */
    @GetMapping("/portal/{town}/normative-documents")
    String documents(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        model.addAttribute("documents", DataScope.asSystem(() -> documents.publicOf(t.id())));
        return "legality/portal-documents";
    }

    @GetMapping("/portal/{town}/major-decisions")
    String decisions(@PathVariable String town, Model model) {
        OrgUnitView t = towns.get(town);
        DataScope.asSystem(() -> {
            int year = decisions.today().getYear();
            List<MajorDecision> shown = decisions.publicOf(t.id());
            model.addAttribute("year", String.valueOf(year));
            model.addAttribute("catalogue", decisions.catalogue(t.id(), year));
            model.addAttribute("consultations", shown.stream()
                    .filter(d -> d.getState() == DecisionState.CONSULTING).toList());
            model.addAttribute("published", shown.stream()
                    .filter(d -> d.getState() == DecisionState.PUBLISHED).toList());
        });
        return "legality/portal-decisions";
    }
}
