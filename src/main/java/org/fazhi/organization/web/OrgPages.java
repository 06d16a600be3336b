package org.fazhi.organization.web;

import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgTreeNode;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.internal.OrgService;
import org.fazhi.shared.web.FormPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 组织机构 — the org tree page; the system administrator adds units and sets the office contacts the portal shows.
 */
@Controller
@RequestMapping("/org")
class OrgPages {

    private final DataScope dataScope;
    private final OrgService orgs;
    private final FormPages forms;
    private final OrgDirectory directory;

    OrgPages(DataScope dataScope, OrgService orgs, FormPages forms, OrgDirectory directory) {
        this.directory = directory;
        this.forms = forms;
        this.dataScope = dataScope;
        this.orgs = orgs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('STAFF_BASIC')")
    String tree(Model model) {
        var units = dataScope.visibleUnits();
        model.addAttribute("tree", OrgTreeNode.build(units));
        model.addAttribute("parents", units.stream()
                .filter(u -> u.type() == OrgUnitType.DISTRICT || u.type() == OrgUnitType.TOWN).toList());
        model.addAttribute("types", OrgUnitType.values());
        model.addAttribute("contactUnits", units.stream().filter(u -> u.type() != OrgUnitType.DISTRICT).toList());
        model.addAttribute("contacts", units.stream().filter(u -> !directory.contactOf(u.id()).isEmpty())
                .collect(java.util.stream.Collectors.toMap(OrgUnitView::id, u -> directory.contactOf(u.id()))));
        return "org/tree";
    }

    /** 对外联系方式 — the office phone and address the portal shows for a unit. */
    @PostMapping("/contact")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String contact(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String publicPhone,
                   @RequestParam(required = false) String publicAddress, RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            if (unitId == null || !dataScope.canSee(unitId)) {
                throw org.fazhi.shared.RuleViolation.onField("unitId", "org.contact.unit");
            }
            orgs.setPublicContact(unitId, publicPhone, publicAddress);
            redirect.addFlashAttribute("success", "org.contact.saved");
            return "redirect:/org";
        }, () -> tree(model));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String create(@RequestParam String name, @RequestParam(required = false) OrgUnitType type,
                  @RequestParam(required = false) Long parentId, @RequestParam(required = false) String code,
                  RedirectAttributes redirect, Model model) {
        return forms.submit(model, () -> {
            orgs.create(name, type, parentId, code, 0, false);
            redirect.addFlashAttribute("success", "org.created");
            return "redirect:/org";
        }, () -> tree(model));
    }
}
