package org.fazhi.audit;

/**
 * The result of recomputing the audit chain: intact, how many events were checked, and the sequence number of the
 * first event found edited, deleted or inserted (or {@code null}).
 */
public record ChainVerification(boolean intact, long events, Long firstBrokenEventId) {
}
