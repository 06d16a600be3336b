package org.fazhi.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.organization.PublicTowns;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 乡镇 — the towns of the installation, whose ids the public API's lists take as {@code ?town=}. */
@RestController
@PublicEndpoint
@Tag(name = "乡镇（公众）", description = "the towns whose portals the installation serves")
class PublicTownsApi {

    private final PublicTowns towns;

    PublicTownsApi(PublicTowns towns) {
        this.towns = towns;
    }

    /** A town: its id (for {@code ?town=}), name, code and the address of its portal. */
    record PublicTown(long id, String name, String code, String portal) {
    }

    @GetMapping("/api/public/v1/towns")
    @Operation(summary = "本平台的乡镇（公众接口按 town 参数取其编号）")
    List<PublicTown> list() {
        return towns.all().stream().map(t -> new PublicTown(t.id(), t.name(), t.code(), towns.portalPath(t, "")))
                .toList();
    }
}
