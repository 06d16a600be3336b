package org.fazhi.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.shared.NavItem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation entries of the modules that the signed-in user may use, grouped. */
@ControllerAdvice
class NavigationAdvice {

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("moduleNav")
    Map<String, List<NavItem>> moduleNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Map.of();
        }
        Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Map<String, List<NavItem>> grouped = new LinkedHashMap<>();
        boolean villageOnly = org.fazhi.organization.scope.DataScope.current().villageId() != null;
        items.stream().filter(i -> held.contains(i.authority()) && !(i.townWide() && villageOnly))
                .forEach(i -> grouped.computeIfAbsent(i.groupKey(), k -> new java.util.ArrayList<>()).add(i));
        return grouped;
    }
}
