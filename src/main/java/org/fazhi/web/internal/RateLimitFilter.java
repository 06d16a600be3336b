package org.fazhi.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits public calls per client address in fixed one-minute windows: submissions (POST) more tightly than reads.
 * Kept in memory per node; behind a load balancer each node limits on its own, which bounds the total well enough
 * for a town's portal.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();
    private final int submissionsPerMinute;
    private final int readsPerMinute;
    private final ErrorResponder responder;
    private final Clock clock;

    RateLimitFilter(@Value("${fazhi.public.submissions-per-minute:10}") int submissionsPerMinute,
                    @Value("${fazhi.public.reads-per-minute:300}") int readsPerMinute, ErrorResponder responder,
                    Clock clock) {
        this.submissionsPerMinute = submissionsPerMinute;
        this.readsPerMinute = readsPerMinute;
        this.responder = responder;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest rq, HttpServletResponse rs, FilterChain chain)
            throws ServletException, IOException {
        boolean write = !"GET".equals(rq.getMethod()) && !"HEAD".equals(rq.getMethod());
        long minute = clock.millis() / 60_000;
        String key = (write ? "w:" : "r:") + rq.getRemoteAddr();
        long[] w = windows.compute(key, (k, old) -> old == null || old[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, old[1] + 1});
        if (w[1] > (write ? submissionsPerMinute : readsPerMinute)) {
            rs.setHeader("Retry-After", "60");
            responder.writeProblem(rq, rs, HttpStatus.TOO_MANY_REQUESTS, responder.message("error.rateLimited"),
                    List.of());
            return;
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        chain.doFilter(rq, rs);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // public JSON, and the portal's own forms (a form post is a public submission too)
        return !path.startsWith("/api/public/") && !(path.startsWith("/portal/") && "POST".equals(request.getMethod()));
    }
}
