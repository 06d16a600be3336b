package org.fazhi.audit.web;

import java.time.LocalDate;
import org.fazhi.audit.AuditTrail;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 — the audit administrator browses the trail and proves it untampered. */
@Controller
@RequestMapping("/audit")
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", trail.search(actor, entityType, action, from, to,
                PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/list";
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    String verify(Model model) {
        model.addAttribute("result", trail.verify());
        return "audit/list :: verification";
    }
}
