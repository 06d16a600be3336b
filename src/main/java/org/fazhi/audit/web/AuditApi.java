package org.fazhi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "audit trail and chain verification")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @Operation(summary = "重新计算审计链，证明未被篡改")
    ChainVerification verify() {
        return trail.verify();
    }

    @GetMapping("/events")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    @Operation(summary = "审计事件（新的在前）")
    PageOf<AuditEntry> events(@RequestParam(required = false) String actor,
                              @RequestParam(required = false) String entityType,
                              @RequestParam(required = false) String action,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate to,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        var result = trail.search(new AuditQuery(actor, entityType == null || entityType.isBlank() ? null
                        : List.of(entityType.strip()), action, from, to),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
        return PageOf.of(result);
    }
}
