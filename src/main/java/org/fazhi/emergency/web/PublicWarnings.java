package org.fazhi.emergency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.emergency.internal.Warning;
import org.fazhi.emergency.internal.WarningService;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.fazhi.shared.web.Labels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 预警信息公开 — the warnings of a town in force now, as the portal banner shows them. */
@RestController
@PublicEndpoint
class PublicWarnings {

    private final WarningService warnings;
    private final PublicTowns towns;
    private final Labels labels;

    PublicWarnings(WarningService warnings, PublicTowns towns, Labels labels) {
        this.warnings = warnings;
        this.towns = towns;
        this.labels = labels;
    }

    /** What the public reads of a warning: no internal ids of units, no staff. */
    record PublicWarning(long id, String level, String levelLabel, String title, String area, String measures,
                         OffsetDateTime validFrom, OffsetDateTime validUntil, OffsetDateTime issuedAt) {
    }

    @GetMapping("/api/public/v1/warnings")
    @Operation(summary = "一个乡镇正在生效的预警（级别、范围、措施、起止时间）")
    List<PublicWarning> inForce(@Parameter(description = "乡镇编号（见 /api/public/v1/towns）；只有一个乡镇的平台可以不填")
                                @RequestParam(required = false) Long town) {
        OrgUnitView t = towns.forApi(town);
        return DataScope.asSystem(() -> warnings.inForce(t.id())).stream().map(this::json).toList();
    }

    private PublicWarning json(Warning w) {
        return new PublicWarning(w.getId(), w.getLevel().name(), labels.of(w.getLevel()), w.getTitle(), w.getArea(),
                w.getMeasures(), EmergencyJson.time(w.getValidFrom()), EmergencyJson.time(w.getValidUntil()),
                EmergencyJson.time(w.getIssuedAt()));
    }
}
