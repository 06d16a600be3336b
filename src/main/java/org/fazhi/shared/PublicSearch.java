package org.fazhi.shared;

import java.util.List;

/**
 * A module's part of a town portal's search box (执法公示, 政务公开目录 …). It searches only what it already publishes,
 * redacted, of the one town, reads the query through {@link PublicQuery} like its own search page, and runs as the
 * platform ({@code DataScope.asSystem}) since the public has no scope of its own. Its total is the one its own search
 * page shows for the same words, so the portal can say "12 条" and link to all twelve.
 */
public interface PublicSearch {

    /** The town's matches: how many there are, the first {@code limit} of them, and where to see them all. */
    Section search(long townId, String query, int limit);

    /**
     * One service's results.
     *
     * @param titleKey message key of the service's name
     * @param total    the number of matches, as the service's own search counts them
     * @param hits     the first matches, best first
     * @param morePath the service's own search for the same words, relative to the town's portal
     *                 ({@code enforcement?q=…})
     */
    record Section(String titleKey, long total, List<Hit> hits, String morePath) {
    }

    /** One result: a title, a short excerpt and where to read it, relative to the town's portal. */
    record Hit(String title, String excerpt, String path) {
    }
}
