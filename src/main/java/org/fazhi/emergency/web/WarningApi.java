package org.fazhi.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.fazhi.emergency.internal.WarningService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 预警 API — issue, change and lift the town's public warnings. */
@RestController
@RequestMapping("/api/v1/emergency/warnings")
@Tag(name = "预警", description = "public warnings")
class WarningApi {

    private final WarningService warnings;
    private final Clock clock;

    WarningApi(WarningService warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
    }

    record WarningRequest(Long orgUnitId, String level, String title, List<Long> villageIds, String measures,
                          String validFrom, String validUntil) {
        WarningService.WarningCommand command() {
            return new WarningService.WarningCommand(orgUnitId, level, title, villageIds, measures, validFrom,
                    validUntil);
        }
    }

    record LiftRequest(String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "预警列表（含已解除）")
    List<EmergencyJson.WarningJson> list() {
        return warnings.all().stream().map(w -> EmergencyJson.WarningJson.of(w, clock.instant())).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('EMERGENCY_READ')")
    @Operation(summary = "预警详情")
    EmergencyJson.WarningJson get(@PathVariable long id) {
        return EmergencyJson.WarningJson.of(warnings.warning(id), clock.instant());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "发布预警（生效期间在门户首页显示）")
    EmergencyJson.WarningJson issue(@RequestBody WarningRequest rq) {
        return EmergencyJson.WarningJson.of(warnings.issue(rq.command()), clock.instant());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "调整预警（级别、范围、措施、期间）")
    EmergencyJson.WarningJson change(@PathVariable long id, @RequestBody WarningRequest rq) {
        return EmergencyJson.WarningJson.of(warnings.change(id, rq.command()), clock.instant());
    }

    @PostMapping("/{id}/lifting")
    @PreAuthorize("hasAuthority('EMERGENCY_MANAGE')")
    @Operation(summary = "解除预警（只能解除一次）")
    EmergencyJson.WarningJson lift(@PathVariable long id, @RequestBody(required = false) LiftRequest rq) {
        return EmergencyJson.WarningJson.of(warnings.lift(id, rq == null ? null : rq.reason()), clock.instant());
    }
}
