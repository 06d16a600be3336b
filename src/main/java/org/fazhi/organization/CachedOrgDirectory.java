package org.fazhi.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.shared.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The org tree held in memory. Even a province (≈1,200 towns with their villages and departments) is a few tens of
 * thousands of rows, so the whole tree is read once and again after each change.
 */
@Component
class CachedOrgDirectory implements OrgDirectory {

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    CachedOrgDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String name, OrgUnitType type, Long parentId, String code, boolean demo, int sort,
                       PublicContact contact) {
    }

    private record Snapshot(Map<Long, OrgUnitView> byId, List<OrgUnitView> ordered,
                            Map<Long, List<OrgUnitView>> children, Map<Long, PublicContact> contacts) {
    }

    /** Reads the tree again; called after every committed change of an org unit. */
    public void refresh() {
        List<Row> rows = jdbc.query(
                "select id, name, type, parent_id, code, demo, sort_order, public_phone, public_address from org_unit "
                        + "where active = true",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), OrgUnitType.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                        rs.getString(8) == null && rs.getString(9) == null ? PublicContact.NONE
                                : new PublicContact(rs.getString(8), rs.getString(9))));
        Map<Long, Row> raw = new HashMap<>();
        rows.forEach(r -> raw.put(r.id(), r));
        Map<Long, OrgUnitView> byId = new HashMap<>();
        Map<Long, PublicContact> contacts = new HashMap<>();
        for (Row r : rows) {
            if (!r.contact().isEmpty()) {
                contacts.put(r.id(), r.contact());
            }
            Long town = null;
            Long village = null;
            Row cur = r;
            while (cur != null) {
                if (cur.type() == OrgUnitType.TOWN) {
                    town = cur.id();
                    break;
                }
                if (cur.type() == OrgUnitType.VILLAGE && village == null) {
                    village = cur.id();
                }
                cur = cur.parentId() == null ? null : raw.get(cur.parentId());
            }
            byId.put(r.id(), new OrgUnitView(r.id(), r.name(), r.type(), r.parentId(), town, village, r.code(),
                    r.demo(), r.sort()));
        }
        Map<Long, List<OrgUnitView>> children = new HashMap<>();
        Comparator<OrgUnitView> order = Comparator.comparing((OrgUnitView u) -> u.type() == OrgUnitType.DEPARTMENT)
                .thenComparingInt(OrgUnitView::sortOrder).thenComparing(OrgUnitView::name);
        for (OrgUnitView u : byId.values()) {
            children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        children.values().forEach(l -> l.sort(order));
        List<OrgUnitView> ordered = new ArrayList<>();
        walk(null, children, ordered);
        snapshot = new Snapshot(Map.copyOf(byId), List.copyOf(ordered), children, Map.copyOf(contacts));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrgTreeChanged event) {
        refresh();
    }

    private static void walk(Long parent, Map<Long, List<OrgUnitView>> children, List<OrgUnitView> out) {
        for (OrgUnitView u : children.getOrDefault(parent, List.of())) {
            out.add(u);
            walk(u.id(), children, out);
        }
    }

    private Snapshot snap() {
        Snapshot s = snapshot;
        if (s == null) {
            refresh();
            s = snapshot;
        }
        return s;
    }

    @Override
    public Optional<OrgUnitView> find(long id) {
        return Optional.ofNullable(snap().byId().get(id));
    }

    @Override
    public OrgUnitView get(long id) {
        return find(id).orElseThrow(() -> new NotFound("org-unit", id));
    }

    @Override
    public List<OrgUnitView> all() {
        return snap().ordered();
    }

    @Override
    public List<OrgUnitView> children(long parentId) {
        return List.copyOf(snap().children().getOrDefault(parentId, List.of()));
    }

    @Override
    public List<OrgUnitView> towns() {
        return all().stream().filter(u -> u.type() == OrgUnitType.TOWN).toList();
    }

    @Override
    public List<OrgUnitView> villagesOf(long townId) {
        return children(townId).stream().filter(u -> u.type() == OrgUnitType.VILLAGE).toList();
    }

    @Override
    public PublicContact contactOf(long id) {
        return snap().contacts().getOrDefault(id, PublicContact.NONE);
    }

    @Override
    public Optional<OrgUnitView> villageByName(long townId, String name) {
        String wanted = name == null ? "" : name.strip();
        return villagesOf(townId).stream().filter(u -> u.name().equals(wanted)).findFirst();
    }
}
