package org.fazhi.legalservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.fazhi.ledger.ImportReport;
import org.fazhi.ledger.LedgerImports;
import org.fazhi.legalservice.internal.Broadcast;
import org.fazhi.legalservice.internal.Broadcasts;
import org.fazhi.legalservice.internal.GuestRole;
import org.fazhi.legalservice.internal.Kiosk;
import org.fazhi.legalservice.internal.KioskUsage;
import org.fazhi.legalservice.internal.KioskUsageLedger;
import org.fazhi.legalservice.internal.PointKind;
import org.fazhi.legalservice.internal.ServicePoint;
import org.fazhi.legalservice.internal.ServicePoints;
import org.fazhi.organization.PublicTowns;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.PublicEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 服务阵地与法治直播间 API — service points, kiosks and their monthly use, broadcasts; the portal's public lists. */
@RestController
@Tag(name = "公共法律服务阵地", description = "service points, legal-service kiosks and live legal broadcasts")
class ServicePointApi {

    static final String READ = "hasAnyAuthority('LEGAL_SERVICE_READ','LEGAL_SERVICE_MANAGE')";
    static final String MANAGE = "hasAuthority('LEGAL_SERVICE_MANAGE')";

    private final ServicePoints points;
    private final Broadcasts broadcasts;
    private final LedgerImports ledgers;
    private final PublicTowns towns;

    ServicePointApi(ServicePoints points, Broadcasts broadcasts, LedgerImports ledgers, PublicTowns towns) {
        this.points = points;
        this.broadcasts = broadcasts;
        this.ledgers = ledgers;
        this.towns = towns;
    }

    record PointJson(long id, PointKind kind, String name, long orgUnitId, String address, String hours,
                     String offers) {
        static PointJson of(ServicePoint p) {
            return new PointJson(p.getId(), p.getKind(), p.getName(), p.getHolderUnitId(), p.getAddress(),
                    p.getHours(), p.getOffers());
        }
    }

    record KioskJson(long id, String place, long orgUnitId, String supplier, LocalDate inServiceFrom,
                     LocalDate inServiceTo) {
        static KioskJson of(Kiosk k) {
            return new KioskJson(k.getId(), k.getPlace(), k.getHolderUnitId(), k.getSupplier(), k.getInServiceFrom(),
                    k.getInServiceTo());
        }
    }

    record UsageJson(long kioskId, YearMonth month, int consultations, int documents, int videoCalls) {
        static UsageJson of(KioskUsage u) {
            return new UsageJson(u.getKioskId(), YearMonth.from(u.getMonth()), u.getConsultations(), u.getDocuments(),
                    u.getVideoCalls());
        }
    }

    record GuestJson(String name, GuestRole role) {
    }

    record BroadcastJson(long id, LocalDateTime startsAt, String topic, String platform, String link,
                         List<GuestJson> guests, Integer viewers, Integer questionsReceived,
                         Integer questionsAnswered, String replayLink) {
    }

    record NewBroadcastJson(LocalDateTime startsAt, String topic, String platform, String link,
                            List<GuestJson> guests) {
    }

    record QuestionJson(String question) {
    }

    @GetMapping("/api/v1/legal-services/service-points")
    @PreAuthorize(READ)
    List<PointJson> points() {
        return points.points().stream().map(PointJson::of).toList();
    }

    @PostMapping("/api/v1/legal-services/service-points")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    PointJson register(@RequestBody ServicePoints.NewPoint body) {
        return PointJson.of(points.register(body));
    }

    @GetMapping("/api/v1/legal-services/kiosks")
    @PreAuthorize(READ)
    List<KioskJson> kiosks() {
        return points.kiosks().stream().map(KioskJson::of).toList();
    }

    @PostMapping("/api/v1/legal-services/kiosks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    KioskJson register(@RequestBody ServicePoints.NewKiosk body) {
        return KioskJson.of(points.register(body));
    }

    @PostMapping("/api/v1/legal-services/kiosks/usage")
    @PreAuthorize(MANAGE)
    UsageJson recordUse(@RequestBody ServicePoints.MonthlyUse body) {
        return UsageJson.of(points.recordUse(body));
    }

    @PostMapping(path = "/api/v1/legal-services/kiosks/usage/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGE)
    @Operation(summary = "导入法务机使用台账（月份, 设备位置, 咨询次数, 文书生成次数, 视频连线次数）")
    ImportReport importUsage(@RequestPart("file") MultipartFile file) {
        return ledgers.importFile(KioskUsageLedger.NAME, file);
    }

    @GetMapping("/api/v1/legal-services/broadcasts")
    @PreAuthorize(READ)
    List<BroadcastJson> broadcasts() {
        return broadcasts.all().stream().map(this::json).toList();
    }

    @PostMapping("/api/v1/legal-services/broadcasts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGE)
    BroadcastJson schedule(@RequestBody NewBroadcastJson body) {
        return json(broadcasts.schedule(new Broadcasts.NewBroadcast(body.startsAt(), body.topic(), body.platform(),
                body.link(), body.guests() == null ? null : body.guests().stream()
                .map(g -> g == null ? null : new Broadcasts.Guest(g.name(), g.role())).toList())));
    }

    @PostMapping("/api/v1/legal-services/broadcasts/{id}/outcome")
    @PreAuthorize(MANAGE)
    BroadcastJson outcome(@PathVariable long id, @RequestBody Broadcasts.Outcome body) {
        return json(broadcasts.recordOutcome(id, body));
    }

    @GetMapping("/api/v1/legal-services/broadcasts/{id}/questions")
    @PreAuthorize(READ)
    List<String> questions(@PathVariable long id) {
        return broadcasts.questionsOf(id).stream().map(q -> q.getQuestion()).toList();
    }

    @GetMapping("/api/public/v1/legal-services/service-points")
    @PublicEndpoint
    @Operation(summary = "本镇公共法律服务点（地址、开放时间、服务内容）")
    List<PointJson> publicPoints(@RequestParam(required = false) Long town) {
        long townId = towns.forApi(town).id();
        return DataScope.asSystem(() -> points.pointsOf(townId)).stream().map(PointJson::of).toList();
    }

    @GetMapping("/api/public/v1/legal-services/broadcasts")
    @PublicEndpoint
    @Operation(summary = "本镇法治直播间（预告与回看）")
    List<BroadcastJson> publicBroadcasts(@RequestParam(required = false) Long town) {
        long townId = towns.forApi(town).id();
        return DataScope.asSystem(() -> broadcasts.ofTown(townId).stream().map(this::json).toList());
    }

    @PostMapping("/api/public/v1/legal-services/broadcasts/{id}/questions")
    @PublicEndpoint
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为即将开播的法治直播间留言提问（匿名）")
    void leaveQuestion(@PathVariable long id, @RequestParam(required = false) Long town,
                       @RequestBody QuestionJson body) {
        long townId = towns.forApi(town).id();
        DataScope.asSystem(() -> broadcasts.leaveQuestion(townId, id, body.question()));
    }

    private BroadcastJson json(Broadcast b) {
        return new BroadcastJson(b.getId(), b.getStartsAt(), b.getTopic(), b.getPlatform(), b.getLink(),
                broadcasts.guestsOf(b.getId()).stream().map(g -> new GuestJson(g.getName(), g.getRole())).toList(),
                b.getViewers(), b.getQuestionsReceived(), b.getQuestionsAnswered(), b.getReplayLink());
    }
}
