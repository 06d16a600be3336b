package org.fazhi.audit;

/**
 * Verifying the whole chain in the background, one verification at a time across all nodes, its progress kept in the
 * database so that a page served by any node follows it. {@link AuditTrail#verify()} is the same check in the
 * caller's thread.
 */
public interface ChainVerifications {

    /** Starts a verification unless one is running; answers the running one either way. */
    VerificationRun start();

    /** The running verification, or the latest one with its result. */
    VerificationRun latest();
}
