package org.fazhi.web.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one count of public requests per client address, in fixed one-minute windows: submissions (POST) more tightly
 * than reads. The public API ({@link RateLimitFilter}) and the portal's pages ({@link PortalRateLimit}) count in the
 * same windows, so a client cannot read twice as much by switching from one to the other. The client address is the
 * request's remote address: the forwarded one only behind a configured trusted proxy ({@link TrustedProxies}). Kept
 * in memory per node; behind a load balancer each node limits on its own, which bounds the total well enough for a
 * town's portal.
 */
@Component
class RateLimiter {

    /** The length of a window, and what {@code Retry-After} tells a refused client. */
    static final int WINDOW_SECONDS = 60;

    /** Beyond this many addresses in the map, the windows of past minutes are dropped. */
    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();
    private final int submissionsPerMinute;
    private final int readsPerMinute;
    private final Clock clock;

    RateLimiter(@Value("${fazhi.public.submissions-per-minute:10}") int submissionsPerMinute,
                @Value("${fazhi.public.reads-per-minute:300}") int readsPerMinute, Clock clock) {
        this.submissionsPerMinute = submissionsPerMinute;
        this.readsPerMinute = readsPerMinute;
        this.clock = clock;
    }

    /** Counts one request of the address and says whether it is still within the limit of this minute. */
    boolean allow(String address, boolean write) {
        long minute = clock.millis() / (WINDOW_SECONDS * 1000L);
        String key = (write ? "w:" : "r:") + address;
        long[] w = windows.compute(key, (k, old) -> old == null || old[0] != minute ? new long[] {minute, 1}
                : new long[] {minute, old[1] + 1});
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        return w[1] <= (write ? submissionsPerMinute : readsPerMinute);
    }

    int readsPerMinute() {
        return readsPerMinute;
    }

    int submissionsPerMinute() {
        return submissionsPerMinute;
    }

    static boolean isWrite(String method) {
        return !"GET".equals(method) && !"HEAD".equals(method);
    }
}
