package org.fazhi.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks the pages a person reaches from a start page by following the same-origin links (and the htmx fragments the
 * pages load), as one signed-in user or as a citizen, and hands every HTML page to a check. Bounded: at most
 * {@link #PER_SHAPE} pages of one shape (the path with its numbers taken out and the names of its query parameters),
 * at most {@link #MAX_PAGES} pages in all; downloads, the API, the language switch and signing out are not followed.
 */
public final class PageCrawl {

    /** Pages of one shape visited: a list, a record page, a record page in another state. */
    static final int PER_SHAPE = 2;
    static final int MAX_PAGES = 400;

    /** Links that leave the pages (downloads, API, documentation) or change the session (language, sign-out). */
    private static final Pattern SKIPPED = Pattern.compile(
            "^/(api|v3|swagger-ui|actuator|webjars|css|js|img|logout|favicon)|[?&]lang=|export|download|/content\\b"
                    + "|\\.(docx|xlsx|csv|pdf|json|zip)\\b|/template\\b|/documents/|/progress\\b"
                    // clocks that other tests start for made-up subjects ("pause-limit-test") link to no record
                    + "|/[a-z]+-[a-z-]*test\\b");
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");

    /** A page as it was reached: where, the answer's status, and the parsed page when it was HTML. */
    public record Page(String path, int status, Document document) {
    }

    /** What one page broke. */
    public record Finding(String path, String problem) {
        @Override
        public String toString() {
            return path + " — " + problem;
        }
    }

    private PageCrawl() {
    }

    /**
     * Visits the pages reachable from {@code start} through {@code get} (a path to the response, the session's
     * cookies kept by the caller) and returns what {@code check} found on them, plus every 4xx/5xx answer.
     */
    public static List<Finding> walk(List<String> start, Function<String, HttpResponse<String>> get,
                                     Function<Page, List<String>> check) {
        return walk(start, path -> true, get, check);
    }

    /** As {@link #walk(List, Function, Function)}, following only the links {@code within} accepts. */
    public static List<Finding> walk(List<String> start, java.util.function.Predicate<String> within,
                                     Function<String, HttpResponse<String>> get, Function<Page, List<String>> check) {
        List<Finding> findings = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(start);
        Map<String, Integer> shapes = new HashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.poll();
            HttpResponse<String> r;
            try {
                r = get.apply(path);
            } catch (RuntimeException e) {
                findings.add(new Finding(path, "broken answer (the page failed while it was sent): " + e.getMessage()));
                continue;
            }
            visited++;
            int status = r.statusCode();
            if (status >= 300 && status < 400) {
                String location = r.headers().firstValue("Location").map(PageCrawl::local).orElse(null);
                if (location != null && seen.add(location)) {
                    queue.add(location);
                }
                continue;
            }
            if (status >= 400) {
                findings.add(new Finding(path, "answered " + status));
                continue;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(r.body(), "http://localhost" + path);
            for (String problem : check.apply(new Page(path, status, page))) {
                findings.add(new Finding(path, problem));
            }
            for (String link : links(page)) {
                if (within.test(link) && seen.add(link) && shapes.merge(shape(link), 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(link);
                }
            }
        }
        return findings;
    }

    /** The same-origin links of a page worth following: anchors, GET forms' actions and htmx fragments. */
    static Set<String> links(Document page) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : page.select("a[href]")) {
            add(links, a.attr("abs:href"));
        }
        for (Element f : page.select("[hx-get]")) {
            add(links, f.attr("abs:hx-get"));
        }
        for (Element f : page.select("form[action]")) {
            if (!"post".equalsIgnoreCase(f.attr("method"))) {
                add(links, f.attr("abs:action"));
            }
        }
        return links;
    }

    private static void add(Set<String> links, String absolute) {
        String local = local(absolute);
        if (local != null && !SKIPPED.matcher(local).find()) {
            links.add(local);
        }
    }

    /** The path and query of a same-origin address, without its fragment; null for another origin. */
    static String local(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(address.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getScheme() != null && !u.getScheme().startsWith("http")) {
            return null;
        }
        if (u.getHost() != null && !u.getHost().equals("localhost")) {
            return null;
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }

    /** A page's shape: its path with the numbers taken out, and the names of its query parameters. */
    static String shape(String path) {
        int q = path.indexOf('?');
        String p = NUMBER.matcher(q < 0 ? path : path.substring(0, q)).replaceAll("/#");
        Set<String> names = new TreeSet<>();
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return p + names;
    }
}
