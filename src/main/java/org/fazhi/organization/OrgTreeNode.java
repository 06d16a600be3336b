package org.fazhi.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit with its visible children, for rendering the tree. */
public record OrgTreeNode(OrgUnitView unit, List<OrgTreeNode> children) {

    /** Roots are the units whose parent is not visible. */
    public static List<OrgTreeNode> build(List<OrgUnitView> units) {
        Map<Long, OrgTreeNode> nodes = new HashMap<>();
        units.forEach(u -> nodes.put(u.id(), new OrgTreeNode(u, new ArrayList<>())));
        List<OrgTreeNode> roots = new ArrayList<>();
        for (OrgUnitView u : units) {
            OrgTreeNode parent = u.parentId() == null ? null : nodes.get(u.parentId());
            if (parent == null) {
                roots.add(nodes.get(u.id()));
            } else {
                parent.children().add(nodes.get(u.id()));
            }
        }
        return roots;
    }
}
