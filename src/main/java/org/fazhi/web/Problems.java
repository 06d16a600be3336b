package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are answered with problem details rather than pages. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String uri = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String ctx = request.getContextPath();
        if (ctx != null && !ctx.isEmpty() && uri.startsWith(ctx)) {
            uri = uri.substring(ctx.length());
        }
        return uri.startsWith("/api/") || uri.startsWith("/actuator/") || uri.startsWith("/v3/api-docs");
    }
}
