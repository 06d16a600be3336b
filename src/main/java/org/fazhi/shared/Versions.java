package org.fazhi.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * 乐观锁 — a change based on a stale read must not overwrite what someone else saved meanwhile. Every record carries
 * its version ({@link BaseEntity#getVersion()}); a reader learns it from the {@code ETag} of the record's JSON
 * ({@code W/"<version>"}, set by {@link #tag}) or from the hidden {@code version} field of its edit form, and sends it
 * back with the change: {@code If-Match} on the API, the form field on pages. The service that applies the change
 * calls {@link #expectRequested} right after loading the record, in its transaction: a request based on another
 * version is refused with {@link StaleRecord} (409) before anything is written, and a race between two requests based
 * on the same version is lost by the one that commits second (Hibernate's version check, also 409). A request that
 * names no version is not checked (scripts written before), and neither is work outside a request (imports, demo
 * data).
 */
public final class Versions {

    /** The form field of an edit form that carries the version the form was filled from. */
    public static final String FIELD = "version";

    private Versions() {
    }

    /** Refuses the change when {@code expected} is given and the record is no longer at that version. */
    public static void expect(BaseEntity record, Long expected) {
        if (expected != null && expected != record.getVersion()) {
            throw new StaleRecord(org.hibernate.Hibernate.getClass(record), record.getId(), expected,
                    record.getVersion());
        }
    }

    /** {@link #expect} with the version the current request was based on ({@code If-Match} or the form's field). */
    public static void expectRequested(BaseEntity record) {
        expect(record, requested().orElse(null));
    }

    /**
     * The version the current request names: its {@code If-Match} ({@code W/"3"}, {@code "3"}; {@code *} names
     * none), else its {@code version} parameter. A value that is not a version is bad input (400).
     */
    public static Optional<Long> requested() {
        HttpServletRequest request = request();
        if (request == null) {
            return Optional.empty();
        }
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            return Optional.of(parse(HttpHeaders.IF_MATCH, ifMatch.strip().replaceFirst("^W/", "").replace("\"", "")));
        }
        String field = request.getParameter(FIELD);
        return field == null || field.isBlank() ? Optional.empty() : Optional.of(parse(FIELD, field.strip()));
    }

    /** The weak entity tag of a record's version: {@code W/"3"}. */
    public static String etag(BaseEntity record) {
        return "W/\"" + record.getVersion() + "\"";
    }

    /** Puts the record's {@link #etag} on the current response (a GET of the record's JSON). */
    public static void tag(BaseEntity record) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                && s.getResponse() != null) {
            s.getResponse().setHeader(HttpHeaders.ETAG, etag(record));
        }
    }

    private static long parse(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(field, "error.version.invalid");
        }
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest() : null;
    }
}
