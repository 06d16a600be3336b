package org.fazhi.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the user and the request in every log line (MDC {@code user}, {@code requestId}) and logs one line per
 * request with status and duration. The request id is also stored with the audit events of the request.
 */
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.fazhi.request");

    @Override
    protected void doFilterInternal(HttpServletRequest rq, HttpServletResponse rs, FilterChain chain)
            throws ServletException, IOException {
        String id = UUID.randomUUID().toString().substring(0, 12);
        long start = System.nanoTime();
        MDC.put("requestId", id);
        MDC.put("user", "-");
        rs.setHeader("X-Request-Id", id);
        try {
            chain.doFilter(rq, rs);
        } finally {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String user = auth != null && auth.isAuthenticated() ? auth.getName() : "-";
            MDC.put("user", user);
            if (!rq.getRequestURI().startsWith("/webjars/") && !rq.getRequestURI().startsWith("/css/")
                    && !rq.getRequestURI().startsWith("/js/")) {
                log.info("{} {} -> {} ({} ms)", rq.getMethod(), rq.getRequestURI(), rs.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove("requestId");
            MDC.remove("user");
        }
    }
}
