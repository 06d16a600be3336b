package org.fazhi.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.fazhi.disclosure.internal.ApplicationService;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.CatalogueService;
import org.fazhi.disclosure.internal.DisclosureApplication;
import org.fazhi.disclosure.internal.ItemCategory;
import io.swagger.v3.oas.annotations.Parameter;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicQuery;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PageOf;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 政务公开 public API (no login, rate-limited per client): the published catalogue, online applications, and progress
 * by tracking code. Runs as the platform and shows only what is published, or only the one application the code
 * names — never an applicant's personal data.
 */
@RestController
@PublicEndpoint
@RequestMapping("/api/public/v1/disclosure")
@Tag(name = "政务公开 · 公众")
class PublicDisclosureApi {

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final PublicTracking tracking;
    private final PublicTowns towns;

    PublicDisclosureApi(ApplicationService applications, CatalogueService catalogue, PublicTracking tracking,
                        PublicTowns towns) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.tracking = tracking;
        this.towns = towns;
    }

    record PublicApplicationRequest(Long orgUnitId, String applicantType, String applicantName, String idNumber,
                                    String phone, String address, String content, String delivery) {
    }

    @GetMapping("/items")
    @Operation(summary = "主动公开目录：检索一个乡镇已公开的政府信息（文号可写作〔2024〕3号、[2024]第3号、2024-3 等）")
    PageOf<Map<String, Object>> items(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String category,
                              @Parameter(description = "乡镇编号（见 /api/public/v1/towns）；只有一个乡镇的平台可以不填")
                              @RequestParam(required = false) Long town,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        OrgUnitView t = towns.forApi(town);
        Input in = new Input();
        ItemCategory c = in.choice("category", ItemCategory.class, category, false);
        String query = in.text("q", q, PublicQuery.MAX_LENGTH, false);
        in.check();
        Page<CatalogueItem> result = DataScope.asSystem(() -> catalogue.search(query, c, t.id(), true, page, size));
        return PageOf.of(result, CatalogueJson::summary);
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "主动公开目录：一条已公开信息的全文")
    Map<String, Object> item(@PathVariable long id) {
        CatalogueItem item = DataScope.asSystem(() -> catalogue.get(id));
        if (item.publishedOn() == null) {
            throw new NotFound("disclosure-item", id);
        }
        return CatalogueJson.full(item, null);
    }

    @PostMapping("/applications")
    @Operation(summary = "在线提交政府信息公开申请（提交之日为收到申请之日）")
    ResponseEntity<Map<String, Object>> apply(@RequestBody PublicApplicationRequest r) {
        DisclosureApplication a = DataScope.asSystem(() -> applications.submitOnline(r.orgUnitId(),
                new ApplicationService.ApplicantInput(r.applicantType(), r.applicantName(), r.idNumber(), r.phone(),
                        r.address(), r.content(), r.delivery())));
        Map<String, Object> tracked = tracking.of(a.trackingCode());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApplicationJson.map("trackingCode", a.trackingCode(),
                "receivedOn", a.receivedOn(), "dueOn", tracked.get("dueOn")));
    }

    @GetMapping("/applications/{trackingCode}")
    @Operation(summary = "凭查询码查询办理进度与答复（查询码可不带连字符、不分大小写）")
    Map<String, Object> track(@PathVariable String trackingCode) {
        return tracking.of(trackingCode);
    }
}
