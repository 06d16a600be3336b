package org.fazhi.shared;

import java.util.List;

/**
 * A module's part of the portal's search box (执法公示, 政务公开目录 …). It searches only what it already publishes,
 * redacted, and runs as the platform ({@code DataScope.asSystem}) since the public has no scope of its own.
 */
public interface PublicSearch {

    /** At most {@code limit} hits for the query, best first. */
    List<Hit> search(String query, int limit);

    /** One result: a title, a short excerpt, where to read it and which service it belongs to. */
    record Hit(String service, String title, String excerpt, String path) {
    }
}
