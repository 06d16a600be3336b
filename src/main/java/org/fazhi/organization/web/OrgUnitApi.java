package org.fazhi.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicContact;
import org.fazhi.organization.internal.OrgService;
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

@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "组织机构", description = "org tree")
class OrgUnitApi {

    private final DataScope dataScope;
    private final OrgService orgs;

    OrgUnitApi(DataScope dataScope, OrgService orgs) {
        this.dataScope = dataScope;
        this.orgs = orgs;
    }

    /** A unit as the API shows it. */
    record OrgUnitJson(long id, String name, OrgUnitType type, Long parentId, String code, boolean demo) {
        static OrgUnitJson of(OrgUnitView u) {
            return new OrgUnitJson(u.id(), u.name(), u.type(), u.parentId(), u.code(), u.demo());
        }
    }

    record OrgUnitRequest(@NotBlank String name, @NotNull OrgUnitType type, Long parentId, String code,
                          Integer sortOrder) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "当前用户可见的组织单元（树序）")
    List<OrgUnitJson> list() {
        return dataScope.visibleUnits().stream().map(OrgUnitJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    OrgUnitJson get(@PathVariable long id) {
        return dataScope.visibleUnits().stream().filter(u -> u.id() == id).findFirst().map(OrgUnitJson::of)
                .orElseThrow(() -> new org.fazhi.shared.NotFound("org-unit", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Operation(summary = "新增组织单元")
    OrgUnitJson create(@Valid @RequestBody OrgUnitRequest rq) {
        OrgUnitView created = orgs.create(rq.name(), rq.type(), rq.parentId(), rq.code(),
                rq.sortOrder() == null ? 0 : rq.sortOrder(), false);
        return OrgUnitJson.of(created);
    }

    /** The office phone and address the portal shows for a unit. */
    record ContactRequest(String phone, String address) {
    }

    @PutMapping("/{id}/contact")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Operation(summary = "设置单位对外联系电话和办公地址（门户显示，如人民调解委员会）")
    PublicContact contact(@PathVariable long id, @RequestBody ContactRequest rq) {
        if (!dataScope.canSee(id)) {
            throw new org.fazhi.shared.NotFound("org-unit", id);
        }
        return orgs.setPublicContact(id, rq.phone(), rq.address());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Operation(summary = "修改组织单元名称、编码、排序")
    OrgUnitJson rename(@PathVariable long id, @Valid @RequestBody OrgUnitRequest rq) {
        if (!dataScope.canSee(id)) {
            throw new org.fazhi.shared.NotFound("org-unit", id);
        }
        return OrgUnitJson.of(orgs.rename(id, rq.name(), rq.code(), rq.sortOrder() == null ? 0 : rq.sortOrder()));
    }
}
