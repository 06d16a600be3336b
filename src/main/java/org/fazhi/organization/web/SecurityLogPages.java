package org.fazhi.organization.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.organization.internal.SecurityLog;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 安全日志 — the audit administrator reads the failed, throttled and locked-out logins (page and API). */
@Controller
@Tag(name = "安全日志", description = "failed and refused logins, for the audit administrator")
class SecurityLogPages {

    private final SecurityLog log;

    SecurityLogPages(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/security/log")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", log.search(username, kind, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("username", username);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", SecurityLog.Kind.values());
        return "org/security-log";
    }

    @GetMapping("/api/v1/security/log")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    @ResponseBody
    PageOf<SecurityLog.Entry> api(@RequestParam(required = false) String username, @RequestParam(required = false) String kind,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageOf.of(log.search(username, kind, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 200))));
    }
}
