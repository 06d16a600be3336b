package org.fazhi.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.enforcement.internal.ApprovalStage;
import org.fazhi.enforcement.internal.CaseSettings;
import org.fazhi.enforcement.internal.EnforcementSettings;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.shared.NavItem;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.web.FormPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 执法设置页面 — what the API already allowed: the town's enforcement settings (legal review of every ordinary case,
 * clock exclusions, extension limits in days and in number, hearing thresholds, number templates), the case-flow approval chains (案件流转
 * 审批, an ordered list of signers by role for filing, the proposed penalty and the decision), and the register of legal
 * reviewers with their qualification. Everyone who reads cases sees them; the bureau's head (审批) or the system
 * administrator changes the settings, the town's leader or the security administrator keeps the register.
 */
@Controller
class SettingsPages {

    /** Rows offered for a chain beyond those it has. */
    static final int SPARE_CHAIN_ROWS = 2;
    static final List<String> SIGNER_PERMISSIONS = List.of("ENFORCEMENT_WRITE", "CASE_APPROVE", "LEGAL_REVIEW");

    private final CaseSettings settings;
    private final DataScope dataScope;
    private final java.time.Clock clock;
    private final FormPages forms;

    SettingsPages(CaseSettings settings, DataScope dataScope, java.time.Clock clock, FormPages forms) {
        this.forms = forms;
        this.settings = settings;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Entries {
        @Bean
        NavItem enforcementSettingsNav() {
            // the town's rules: an account scoped to one village cannot read the town's own records
            return new NavItem("nav.group.enforcement", "enforcement.nav.settings", "/enforcement/settings",
                    "ENFORCEMENT_READ", "enforcement-settings", 40).forWholeTowns();
        }

        /** The system administrator holds no enforcement permission (三员分立) but keeps the town's settings. */
        @Bean
        NavItem enforcementSettingsAdminNav() {
            return new NavItem("nav.group.enforcement", "enforcement.nav.settings", "/enforcement/settings",
                    "SETTINGS_MANAGE", "enforcement-settings", 40);
        }
    }

    /** One signer of a chain as the form shows it. */
    record ChainRow(String label, String permission) {
    }

    @GetMapping("/enforcement/settings")
    @PreAuthorize("hasAnyAuthority('ENFORCEMENT_READ','SETTINGS_MANAGE')")
    String settings(@RequestParam(required = false) Long town, Model model) {
        OrgUnitView t = town(town);
        EnforcementSettings s = settings.settingsView(t.id());
        model.addAttribute("town", t);
        model.addAttribute("towns", dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN)
                .toList());
        model.addAttribute("s", s);
        List<List<ChainRow>> chains = new ArrayList<>();
        for (ApprovalStage stage : ApprovalStage.values()) {
            List<ChainRow> rows = new ArrayList<>(s.chain(stage).stream()
                    .map(e -> new ChainRow(e.label(), e.permission())).toList());
            for (int i = 0; i < SPARE_CHAIN_ROWS; i++) {
                rows.add(new ChainRow("", "CASE_APPROVE"));
            }
            chains.add(rows);
        }
        model.addAttribute("stages", ApprovalStage.values());
        model.addAttribute("chains", chains);
        model.addAttribute("signerPermissions", SIGNER_PERMISSIONS);
        model.addAttribute("reviewers", settings.reviewers().stream().filter(r -> r.getTownId().equals(t.id()))
                .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "enforcement/settings";
    }

    @PostMapping("/enforcement/settings")
    @PreAuthorize("hasAnyAuthority('CASE_APPROVE','SETTINGS_MANAGE')")
    String update(@RequestParam long town, @RequestParam(defaultValue = "false") boolean reviewAllOrdinary,
                  @RequestParam(defaultValue = "false") boolean excludeHearingTime,
                  @RequestParam(defaultValue = "false") boolean excludeAppraisalTime,
                  @RequestParam(required = false) Integer maxExtensionDays,
                  @RequestParam(required = false) Integer maxExtensions,
                  @RequestParam(required = false) Integer statementWorkingDays,
                  @RequestParam(required = false) BigDecimal hearingFinePerson,
                  @RequestParam(required = false) BigDecimal hearingFineOrg,
                  @RequestParam(required = false) BigDecimal hearingConfiscationPerson,
                  @RequestParam(required = false) BigDecimal hearingConfiscationOrg,
                  @RequestParam(required = false) String caseNumberTemplate,
                  @RequestParam(required = false) String decisionNumberTemplate,
                  @RequestParam(required = false) List<String> filingLabel,
                  @RequestParam(required = false) List<String> filingPermission,
                  @RequestParam(required = false) List<String> proposalLabel,
                  @RequestParam(required = false) List<String> proposalPermission,
                  @RequestParam(required = false) List<String> decisionLabel,
                  @RequestParam(required = false) List<String> decisionPermission,
                  RedirectAttributes redirect, Model model) {
        OrgUnitView unit = dataScope.requireVisibleUnit(town);
        dataScope.requireWritableHolder(unit.id());
        return forms.submit(model, () -> {
            settings.updateSettings(unit.townId(), s -> {
                settings.applySettings(s, reviewAllOrdinary, excludeHearingTime, excludeAppraisalTime,
                        maxExtensionDays == null ? -1 : maxExtensionDays,
                        maxExtensions == null ? s.getMaxExtensions() : maxExtensions,
                        statementWorkingDays == null ? 0 : statementWorkingDays, hearingFinePerson, hearingFineOrg,
                        caseNumberTemplate, decisionNumberTemplate, chain(filingLabel, filingPermission),
                        chain(proposalLabel, proposalPermission), chain(decisionLabel, decisionPermission));
                settings.applyHearingConfiscation(s, hearingConfiscationPerson, hearingConfiscationOrg);
            });
            redirect.addFlashAttribute("success", "enforcement.settings.saved");
            return "redirect:/enforcement/settings?town=" + unit.townId();
        }, () -> settings(unit.townId(), model));
    }

    @PostMapping("/enforcement/settings/reviewers")
    @PreAuthorize("hasAnyAuthority('CASE_APPROVE','ROLE_MANAGE')")
    String reviewer(@RequestParam long town, @RequestParam(required = false) String username,
                    @RequestParam(defaultValue = "false") boolean legalQualification,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstReviewOn,
                    RedirectAttributes redirect, Model model) {
        OrgUnitView unit = dataScope.requireVisibleUnit(town);
        return forms.submit(model, () -> {
            ReviewerRegistration.register(settings, dataScope, username, legalQualification, firstReviewOn,
                    unit.townId());
            redirect.addFlashAttribute("success", "enforcement.reviewer.saved");
            return "redirect:/enforcement/settings?town=" + unit.townId() + "#reviewers";
        }, () -> settings(unit.townId(), model));
    }

    /** The chain in the settings' text form, 承办人:ENFORCEMENT_WRITE,分管领导:CASE_APPROVE, blank rows left out. */
    static String chain(List<String> labels, List<String> permissions) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; labels != null && i < labels.size(); i++) {
            String label = labels.get(i) == null ? "" : labels.get(i).strip();
            if (label.isEmpty()) {
                continue;
            }
            String permission = permissions != null && i < permissions.size() ? permissions.get(i) : "";
            parts.add(label + ":" + (permission == null ? "" : permission.strip()));
        }
        return String.join(",", parts);
    }

    /** The town asked for, or the caller's own town, or the first town they see. */
    private OrgUnitView town(Long town) {
        if (town != null) {
            OrgUnitView u = dataScope.requireVisibleUnit(town);
            if (u.type() != OrgUnitType.TOWN) {
                throw new NotFound("town", town);
            }
            return u;
        }
        Long own = DataScope.currentUser().map(FazhiUser::homeUnit).map(OrgUnitView::townId).orElse(null);
        if (own != null) {
            return dataScope.requireVisibleUnit(own);
        }
        return dataScope.visibleUnits().stream().filter(u -> u.type() == OrgUnitType.TOWN).findFirst()
                .orElseThrow(() -> new NotFound("town", 0));
    }
}
