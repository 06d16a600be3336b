package org.fazhi.disclosure.internal;

/**
 * A step of an application's procedure, as the pages offer it; which of them the procedure allows now is decided by
 * {@link StepOrder}.
 */
public enum ApplicationAction {
    SUPPLEMENT_REQUEST, SUPPLEMENT_RECEIVED, EXTENSION, CONSULTATION_START, CONSULTATION_END, FEE_NOTICE,
    FEE_PAID, DECISION
}
