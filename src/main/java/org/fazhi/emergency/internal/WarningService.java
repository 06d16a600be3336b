package org.fazhi.emergency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 预警发布: issues, changes and lifts the town's public warnings. A warning in force is on the portal at once; its
 * area is a list of the town's villages (none: the whole town).
 */
@Service
@Transactional
public class WarningService {

    private final WarningRepository warnings;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final Clock clock;

    WarningService(WarningRepository warnings, OrgDirectory directory, DataScope dataScope, Clock clock) {
        this.warnings = warnings;
        this.directory = directory;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /** A warning as typed: level and times as text, so a bad value names its field. */
    public record WarningCommand(Long orgUnitId, String level, String title, List<Long> villageIds,
                                 String measures, String validFrom, String validUntil) {
    }

    private record Checked(OrgUnitView holder, WarningLevel level, String title, String area, String measures,
                           Instant from, Instant until) {
    }

    public Warning issue(WarningCommand c) {
        Checked w = check(c, null);
        return warnings.save(new Warning(w.level(), w.title(), w.area(), w.measures(), w.from(), w.until(),
                clock.instant(), w.holder()));
    }

    public Warning change(long id, WarningCommand c) {
        Warning warning = writable(id);
        Checked w = check(c, warning);
        warning.change(w.level(), w.title(), w.area(), w.measures(), w.from(), w.until());
        return warning;
    }

    /** Lifts the warning; lifting it again is refused (422). */
    public Warning lift(long id, String reason) {
        Warning warning = writable(id);
        warning.lift(clock.instant(), reason == null || reason.isBlank() ? null
                : Input.requireText("reason", reason, 500));
        return warning;
    }

    private Checked check(WarningCommand c, Warning existing) {
        Input in = new Input();
        WarningLevel level = in.choice("level", WarningLevel.class, c.level(), true);
        String title = in.text("title", c.title(), 200, true);
        String measures = in.text("measures", c.measures(), 2000, true);
        OffsetDateTime from = in.dateTime("validFrom", c.validFrom(), true, clock.getZone());
        OffsetDateTime until = in.dateTime("validUntil", c.validUntil(), false, clock.getZone());
        OrgUnitView holder;
        if (existing != null) {
            holder = directory.get(existing.getHolderUnitId());
        } else {
            holder = c.orgUnitId() == null ? null : directory.find(c.orgUnitId())
                    .filter(u -> u.townId() != null && dataScope.canWriteHeldBy(u.id())).orElse(null);
            if (holder == null) {
                in.problem("orgUnitId", "emergency.unit.invalid");
            }
        }
        List<String> villages = new ArrayList<>();
        for (Long v : c.villageIds() == null ? List.<Long>of() : c.villageIds()) {
            OrgUnitView village = holder == null || v == null ? null : directory.villagesOf(holder.townId()).stream()
                    .filter(u -> u.id() == v).findFirst().orElse(null);
            if (village == null) {
                in.problem("villageIds", "emergency.village.invalid");
                break;
            }
            villages.add(village.name());
        }
        if (from != null && until != null && !until.isAfter(from)) {
            in.problem("validUntil", "emergency.warning.untilBeforeFrom");
        }
        in.check();
        return new Checked(holder, level, title, String.join("、", villages), measures, from.toInstant(),
                until == null ? null : until.toInstant());
    }

    @Transactional(readOnly = true)
    public Warning warning(long id) {
        return warnings.findById(id).orElseThrow(() -> new NotFound("warning", id));
    }

    @Transactional(readOnly = true)
    public List<Warning> all() {
        return warnings.findAllByOrderByIssuedAtDesc();
    }

    /** The town's warnings in force now, the highest level first: for the portal (called as the platform). */
    @Transactional(readOnly = true)
    public List<Warning> inForce(long townId) {
        Instant now = clock.instant();
        return warnings.findByTownIdAndLiftedAtIsNullOrderByIssuedAtDesc(townId).stream()
                .filter(w -> w.inForce(now))
                .sorted(java.util.Comparator.comparing(Warning::getLevel)).toList();
    }

    private Warning writable(long id) {
        Warning warning = warning(id);
        dataScope.requireWritableHolder(warning.getHolderUnitId());
        return warning;
    }
}
