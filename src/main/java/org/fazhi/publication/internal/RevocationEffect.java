package org.fazhi.publication.internal;

/**
 * What a change, revocation, confirmation of unlawfulness or voidness of the decision did to its publication
 * ({@link Publication#revoked}).
 */
enum RevocationEffect {
    /** never published: cancelled at once */
    CANCELLED,
    /** public: to be withdrawn within 3 working days */
    WITHDRAWAL_DUE,
    /** not public (withheld, or its period over): nothing to withdraw; the revocation and its reason are kept */
    NOTHING_TO_WITHDRAW,
    /** a revocation was recorded before: nothing more to do */
    ALREADY_RECORDED
}
