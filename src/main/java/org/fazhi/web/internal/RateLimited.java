package org.fazhi.web.internal;

/** A portal page asked for more often than {@link RateLimiter} allows one client address; answered 429. */
class RateLimited extends RuntimeException {

    RateLimited() {
        super("rate limited", null, false, false);
    }
}
