package org.fazhi.disclosure.web;

import java.util.Map;
import org.fazhi.deadline.DeadlineView;
import org.fazhi.disclosure.internal.CatalogueItem;
import org.fazhi.disclosure.internal.ItemCategory;

/** A catalogue item as JSON: a summary for lists, the full text for one item. */
final class CatalogueJson {

    static final int EXCERPT = 120;

    private CatalogueJson() {
    }

    static String lifecycle(CatalogueItem i) {
        if (i.category() != ItemCategory.NORMATIVE_DOCUMENT) {
            return null;
        }
        return i.repealedOn() == null ? "现行有效" : "已废止";
    }

    static Map<String, Object> summary(CatalogueItem i) {
        String body = i.body();
        return ApplicationJson.map("id", i.getId(), "category", i.category(), "categoryLabel", i.category().label(),
                "article", i.category().article(), "title", i.title(), "docNumber", i.docNumber(),
                "formedOn", i.formedOn(), "publishedOn", i.publishedOn(), "issuedOn", i.issuedOn(),
                "repealedOn", i.repealedOn(), "lifecycle", lifecycle(i), "townId", i.getTownId(),
                "excerpt", body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body);
    }

    static Map<String, Object> full(CatalogueItem i, DeadlineView clock) {
        Map<String, Object> m = summary(i);
        m.put("body", i.body());
        if (clock != null) {
            m.put("clock", ApplicationJson.clock(clock));
        }
        return m;
    }
}
