package org.fazhi.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.FazhiUser;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.OrgTreeNode;
import org.fazhi.shared.DashboardSection;
import org.fazhi.shared.web.Figure;
import org.fazhi.shared.web.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台 — the console frame's dashboard of the signed-in user: the sections the modules contribute
 * ({@link DashboardSection}), chosen by the user's permissions, and the org tree of their scope. Every section shows
 * its figures and work lists with the frame's fragments ({@code fragments/dashboard}): each figure says its period
 * and links to the records it counts, each work item links to its record.
 */
@Controller
class DashboardController {

    private final DataScope dataScope;
    private final List<DashboardSection> sections;
    private final Clock clock;

    DashboardController(DataScope dataScope, List<DashboardSection> sections, Clock clock) {
        this.dataScope = dataScope;
        this.clock = clock;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
    }

    @GetMapping("/dashboard")
    @PreAuthorize("isAuthenticated()")
    String dashboard(@AuthenticationPrincipal FazhiUser user, Model model) {
        List<OrgUnitView> units = dataScope.visibleUnits();
        model.addAttribute("user", user);
        model.addAttribute("kind", kind(user));
        model.addAttribute("units", units);
        model.addAttribute("tree", OrgTreeNode.build(units));
        Period now = Period.asOf(LocalDate.now(clock));
        model.addAttribute("figures", List.of(
                Figure.count("card-units", "dashboard.cards.units", units.size(), now, "/org"),
                Figure.count("card-villages", "dashboard.cards.villages",
                        units.stream().filter(u -> u.type() == OrgUnitType.VILLAGE).count(), now, "/org")));
        model.addAttribute("sections", sections.stream().filter(s -> user.holdsAuthority(s.authority())).toList());
        return "portal/dashboard";
    }

    /** Which dashboard a user sees: the administrators and the supervisor have their own. */
    static String kind(FazhiUser user) {
        if (user.hasRole(org.fazhi.organization.Role.SYSTEM_ADMIN)) {
            return "admin";
        }
        if (user.hasRole(org.fazhi.organization.Role.SECURITY_ADMIN)) {
            return "secadmin";
        }
        if (user.hasRole(org.fazhi.organization.Role.AUDIT_ADMIN)) {
            return "auditor";
        }
        if (user.hasRole(org.fazhi.organization.Role.SUPERVISOR)) {
            return "supervisor";
        }
        if (user.hasRole(org.fazhi.organization.Role.LEADER)) {
            return "leader";
        }
        return "staff";
    }
}
