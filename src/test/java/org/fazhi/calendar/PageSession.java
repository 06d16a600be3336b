package org.fazhi.calendar;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A staff member signed in through the login form, reading pages and posting forms as a browser does. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(String base) {
        this.base = base;
    }

    static PageSession signIn(String base, String username, String password) {
        PageSession s = new PageSession(base);
        HttpResponse<String> r = s.postForm("/login", Map.of("username", username, "password", password));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
        return s;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token a page offers (the login page's, otherwise the calendar page's). */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String page = get(path.equals("/login") ? "/login" : "/calendar").body();
        Matcher m = CSRF.matcher(page);
        String token = m.find() ? m.group(1) : "";
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(token);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
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
