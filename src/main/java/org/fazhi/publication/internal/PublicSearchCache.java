package org.fazhi.publication.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers of the public search, kept for a short while: a town's portal is asked the same few words again and again.
 * Every change of what is public (a publication, a withdrawal, a take-down) empties it when its transaction commits,
 * so a withdrawn decision never outlives its withdrawal here; the time limit bounds what another node of a cluster
 * may still show.
 */
@Component
class PublicSearchCache {

    /** Beyond this many different questions the cache starts afresh rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(long expiresAt, PublicDecisionQuery.Result result) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;

    PublicSearchCache(Clock clock, @Value("${fazhi.publication.search-cache-ttl:PT60S}") Duration ttl) {
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    PublicDecisionQuery.Result get(String key, Supplier<PublicDecisionQuery.Result> compute) {
        if (ttlMillis <= 0) {
            return compute.get();
        }
        long now = clock.millis();
        Entry e = entries.get(key);
        if (e != null && e.expiresAt() > now) {
            return e.result();
        }
        PublicDecisionQuery.Result r = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(now + ttlMillis, r));
        return r;
    }

    /** Empties the cache once the current transaction has committed (at once outside a transaction). */
    void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.clear();
                }
            });
        } else {
            entries.clear();
        }
    }
}
