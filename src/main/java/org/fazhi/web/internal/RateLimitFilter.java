package org.fazhi.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the public API ({@code /api/public/**}) per client address ({@link RateLimiter}); a refused call gets 429 as
 * problem details, before any work is done. The portal's pages are limited by {@link PortalRateLimit}, which answers
 * with a page.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ErrorResponder responder;

    RateLimitFilter(RateLimiter limiter, ErrorResponder responder) {
        this.limiter = limiter;
        this.responder = responder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest rq, HttpServletResponse rs, FilterChain chain)
            throws ServletException, IOException {
        boolean write = RateLimiter.isWrite(rq.getMethod());
        if (!limiter.allow(rq.getRemoteAddr(), write)) {
            rs.setHeader("Retry-After", String.valueOf(RateLimiter.WINDOW_SECONDS));
            responder.writeProblem(rq, rs, HttpStatus.TOO_MANY_REQUESTS,
                    responder.message(write ? "error.rateLimited" : "error.rateLimited.read"), List.of());
            return;
        }
        chain.doFilter(rq, rs);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/public/");
    }
}
