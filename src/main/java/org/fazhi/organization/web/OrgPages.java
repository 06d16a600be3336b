package org.fazhi.organization.web;

import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgTreeNode;
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

/** 组织机构 — the org tree page; the system administrator adds and renames units. */
@Controller
@RequestMapping("/org")
class OrgPages {

    private final DataScope dataScope;
    private final OrgService orgs;
    private final FormPages forms;

    OrgPages(DataScope dataScope, OrgService orgs, FormPages forms) {
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
        return "org/tree";
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
