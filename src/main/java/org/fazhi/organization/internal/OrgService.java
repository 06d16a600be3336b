package org.fazhi.organization.internal;

import java.util.Map;
import java.util.Set;
import org.fazhi.organization.scope.DataScope;
import org.fazhi.organization.OrgDirectory;
import org.fazhi.organization.OrgTreeChanged;
import org.fazhi.organization.OrgUnitType;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.organization.PublicContact;
import org.fazhi.shared.Input;
import org.fazhi.organization.scope.UserScope;
import org.fazhi.shared.AccessDenied;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the org tree (system administrator). */
@Service
public class OrgService {

    /** Which kind of unit may sit under which. */
    private static final Map<OrgUnitType, Set<OrgUnitType>> ALLOWED_PARENTS = Map.of(
            OrgUnitType.DISTRICT, Set.of(),
            OrgUnitType.TOWN, Set.of(OrgUnitType.DISTRICT),
            OrgUnitType.VILLAGE, Set.of(OrgUnitType.TOWN),
            OrgUnitType.DEPARTMENT, Set.of(OrgUnitType.TOWN));

    private final OrgUnitRepository units;
    private final OrgDirectory directory;
    private final DataScope dataScope;
    private final ApplicationEventPublisher events;

    OrgService(OrgUnitRepository units, OrgDirectory directory, DataScope dataScope,
               ApplicationEventPublisher events) {
        this.units = units;
        this.directory = directory;
        this.dataScope = dataScope;
        this.events = events;
    }

    /** A new unit under {@code parentId} ({@code null} only for a district, which only the platform creates). */
    @Transactional
    public OrgUnitView create(String name, OrgUnitType type, Long parentId, String code, int sortOrder,
                              boolean demo) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw RuleViolation.onField("name", "org.name.required");
        }
        if (type == null) {
            throw RuleViolation.onField("type", "org.type.required");
        }
        UserScope scope = DataScope.current();
        if (parentId == null) {
            if (type != OrgUnitType.DISTRICT || !scope.system()) {
                throw RuleViolation.onField("parentId", "org.parent.required");
            }
        } else {
            OrgUnitView parent = directory.find(parentId)
                    .orElseThrow(() -> RuleViolation.onField("parentId", "org.parent.unknown"));
            if (!ALLOWED_PARENTS.get(type).contains(parent.type())) {
                throw RuleViolation.onField("parentId", "org.parent.wrongType");
            }
            requireManageable(parent);
        }
        if (units.existsByParentIdAndName(parentId, clean)) {
            throw RuleViolation.onField("name", "org.name.duplicate", clean);
        }
        OrgUnit unit = units.save(new OrgUnit(clean, type, parentId, blankToNull(code), demo, sortOrder));
        events.publishEvent(new OrgTreeChanged(unit.getId()));
        return view(unit);
    }

    @Transactional
    public OrgUnitView rename(long id, String name, String code, int sortOrder) {
        OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFound("org-unit", id));
        requireManageable(directory.get(id));
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw RuleViolation.onField("name", "org.name.required");
        }
        if (!clean.equals(unit.getName()) && units.existsByParentIdAndName(unit.getParentId(), clean)) {
            throw RuleViolation.onField("name", "org.name.duplicate", clean);
        }
        unit.rename(clean, blankToNull(code), sortOrder);
        events.publishEvent(new OrgTreeChanged(id));
        return view(unit);
    }

    /**
     * Sets the office phone and address the portal shows for the unit (a mediation committee, a town); blank clears
     * them.
     */
    @Transactional
    public PublicContact setPublicContact(long id, String phone, String address) {
        OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFound("org-unit", id));
        requireManageable(directory.get(id));
        Input in = new Input();
        String p = in.phone("publicPhone", in.text("publicPhone", phone, 40, false), false);
        String a = in.text("publicAddress", address, 200, false);
        in.check();
        unit.setPublicContact(p, a);
        events.publishEvent(new OrgTreeChanged(id));
        return p == null && a == null ? PublicContact.NONE : new PublicContact(p, a);
    }

    private void requireManageable(OrgUnitView unit) {
        if (!DataScope.current().system() && !dataScope.canSee(unit.id())) {
            throw new AccessDenied("error.scope.orgUnit");
        }
    }

    private static OrgUnitView view(OrgUnit u) {
        return new OrgUnitView(u.getId(), u.getName(), u.getType(), u.getParentId(), null, null, u.getCode(),
                u.isDemo(), u.getSortOrder());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
