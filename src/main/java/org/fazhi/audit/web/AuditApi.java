package org.fazhi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.fazhi.audit.ChainVerifications;
import org.fazhi.audit.VerificationRun;
import org.fazhi.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "审计", description = "audit trail and chain verification")
class AuditApi {

    private final AuditTrail trail;
    private final ChainVerifications verifications;

    AuditApi(AuditTrail trail, ChainVerifications verifications) {
        this.trail = trail;
        this.verifications = verifications;
    }

    @PostMapping("/verifications")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "在后台验证整条审计链（同一时间只运行一个）；返回正在运行的验证")
    VerificationRun startVerification() {
        return verifications.start();
    }

    @GetMapping("/verifications/latest")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @Operation(summary = "正在运行或最近一次的后台验证：进度与结果")
    VerificationRun latestVerification() {
        return verifications.latest();
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
