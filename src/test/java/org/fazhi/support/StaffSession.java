package org.fazhi.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's browser session without a browser: signs in through the login form, keeps the session cookie and
 * sends the CSRF token as htmx does, so page and fragment URLs can be checked as people reach them.
 */
public final class StaffSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private StaffSession(String base) {
        this.base = base;
    }

    /** A visitor who has not signed in: a citizen on the portal, with the cookies a browser keeps. */
    public static StaffSession anonymous(String base) {
        return new StaffSession(base);
    }

    public static StaffSession signIn(String base, String username, String password) {
        StaffSession s = new StaffSession(base);
        String form = s.get("/login").body();
        Matcher m = CSRF_INPUT.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
        HttpResponse<String> dashboard = s.get("/dashboard");
        // a user who must change the password first is sent to that form, which carries the token as well
        Matcher meta = CSRF_META.matcher(dashboard.statusCode() == 302 ? s.get("/account/password").body()
                : dashboard.body());
        if (meta.find()) {
            s.csrf = meta.group(1);
        }
        return s;
    }

    /** The value of a cookie the server set, as the browser would send it to another node; null without it. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A multipart POST as htmx sends it: the CSRF token in a header, {@code HX-Request: true}. */
    public HttpResponse<String> htmxUpload(String path, String fields, String filename, byte[] content) {
        String boundary = "----fz" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (String pair : fields.split("&")) {
            String[] kv = pair.split("=", 2);
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(kv[0])
                    .append("\"\r\n\r\n").append(kv[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, body, 0, h.length);
        System.arraycopy(content, 0, body, h.length, content.length);
        System.arraycopy(t, 0, body, h.length + content.length, t.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A plain form POST (urlencoded) with the CSRF token as a field, as a page form sends it. */
    public HttpResponse<String> postForm(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
    }

    /** A page form POST (urlencoded) of the given fields, with the CSRF token as a field. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&")) + "&_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request built by the caller, sent with this session's cookies and nothing added (no CSRF token). */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        return send(request.apply(HttpRequest.newBuilder(URI.create(base + path))));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
