package org.fazhi.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits the portal's pages ({@code /portal/**}: searches, lists, tracking, forms) like the public API, in the same
 * windows ({@link RateLimiter}). It runs inside the dispatcher, so that a refused citizen gets the friendly error page
 * (429, {@code Retry-After}) in the portal's frame and language, not a JSON body.
 */
@Component
class PortalRateLimit implements HandlerInterceptor {

    private final RateLimiter limiter;

    PortalRateLimit(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest rq, HttpServletResponse rs, Object handler) {
        if (rq.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST
                && !limiter.allow(rq.getRemoteAddr(), RateLimiter.isWrite(rq.getMethod()))) {
            throw new RateLimited();
        }
        return true;
    }
}
