package org.fazhi.legalservice.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 服务阵地 — the register of service points and kiosks the judicial office keeps, and the kiosks' monthly usage
 * (entered or imported from the 法务机使用台账). Each method checks the whole request before the first write.
 */
@Service
@Transactional
public class ServicePoints {

    static final int MAX_USES = 1_000_000;

    private final ServicePointRepository points;
    private final KioskRepository kiosks;
    private final KioskUsageRepository usage;
    private final OrgDirectory directory;
    private final DataScope dataScope;

    ServicePoints(ServicePointRepository points, KioskRepository kiosks, KioskUsageRepository usage,
                  OrgDirectory directory, DataScope dataScope) {
        this.points = points;
        this.kiosks = kiosks;
        this.usage = usage;
        this.directory = directory;
        this.dataScope = dataScope;
    }

    public record NewPoint(PointKind kind, String name, Long orgUnitId, String address, String hours,
                           String offers) {
    }

    public record NewKiosk(String place, Long orgUnitId, String supplier, LocalDate inServiceFrom,
                           LocalDate inServiceTo) {
    }

    /** One month's use of one kiosk; a second entry for the same month replaces the figures. */
    public record MonthlyUse(Long kioskId, YearMonth month, Integer consultations, Integer documents,
                             Integer videoCalls) {
    }

    public ServicePoint register(NewPoint n) {
        Input in = new Input();
        if (n.kind() == null) {
            in.problem("kind", Input.REQUIRED);
        }
        String name = in.text("name", n.name(), 100, true);
        OrgUnitView unit = unit(in, n.orgUnitId());
        String address = in.text("address", n.address(), 200, true);
        String hours = in.text("hours", n.hours(), 100, true);
        String offers = in.text("offers", n.offers(), 500, true);
        in.check();
        return points.save(new ServicePoint(n.kind(), name, address, hours, offers, unit));
    }

    public Kiosk register(NewKiosk n) {
        Input in = new Input();
        String place = in.text("place", n.place(), 100, true);
        OrgUnitView unit = unit(in, n.orgUnitId());
        String supplier = in.text("supplier", n.supplier(), 100, true);
        if (n.inServiceFrom() == null) {
            in.problem("inServiceFrom", Input.REQUIRED);
        } else if (n.inServiceTo() != null && n.inServiceTo().isBefore(n.inServiceFrom())) {
            in.problem("inServiceTo", "legalservice.kiosk.endBeforeStart", n.inServiceFrom().toString());
        }
        in.check();
        return kiosks.save(new Kiosk(place, supplier, n.inServiceFrom(), n.inServiceTo(), unit));
    }

    public KioskUsage recordUse(MonthlyUse u) {
        Input in = new Input();
        Kiosk k = u.kioskId() == null ? null : kiosks.findById(u.kioskId()).orElse(null);
        if (k == null) {
            in.problem("kioskId", "legalservice.kiosk.unknown");
        }
        if (u.month() == null) {
            in.problem("month", Input.REQUIRED);
        }
        Integer c = count(in, "consultations", u.consultations());
        Integer d = count(in, "documents", u.documents());
        Integer v = count(in, "videoCalls", u.videoCalls());
        in.check();
        LocalDate first = u.month().atDay(1);
        return usage.findByKioskIdAndMonth(k.getId(), first).map(old -> old.correct(c, d, v))
                .orElseGet(() -> usage.save(new KioskUsage(k, first, c, d, v, directory.get(k.getHolderUnitId()))));
    }

    private static Integer count(Input in, String field, Integer value) {
        if (value == null) {
            in.problem(field, Input.REQUIRED);
            return null;
        }
        return in.number(field, value, 0, MAX_USES);
    }

    /** A town or one of its villages the caller writes for. */
    private OrgUnitView unit(Input in, Long id) {
        OrgUnitView u = id == null ? null : directory.find(id)
                .filter(x -> x.type() == OrgUnitType.TOWN || x.type() == OrgUnitType.VILLAGE)
                .filter(x -> dataScope.canWriteHeldBy(x.id())).orElse(null);
        if (u == null) {
            in.problem("orgUnitId", "legalservice.orgUnit.unknown");
        }
        return u;
    }

    @Transactional(readOnly = true)
    public List<ServicePoint> points() {
        return points.findAllByOrderByKindAscNameAsc();
    }

    /** The points of a town for the portal. Runs as the platform. */
    @Transactional(readOnly = true)
    public List<ServicePoint> pointsOf(long townId) {
        return points.findByTownIdOrderByKindAscNameAsc(townId);
    }

    @Transactional(readOnly = true)
    public List<Kiosk> kiosks() {
        return kiosks.findAllByOrderByInServiceFromAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Kiosk kiosk(long id) {
        return kiosks.findById(id).orElseThrow(() -> new NotFound("kiosk", id));
    }

    /** The kiosk at a place in a town, for the ledger, which names kiosks by their place. */
    @Transactional(readOnly = true)
    public java.util.Optional<Kiosk> kioskAt(long townId, String place) {
        return kiosks.findFirstByTownIdAndPlace(townId, place);
    }

    @Transactional(readOnly = true)
    public List<KioskUsage> usageBetween(LocalDate from, LocalDate to) {
        return usage.findByMonthBetween(from, to);
    }
}
