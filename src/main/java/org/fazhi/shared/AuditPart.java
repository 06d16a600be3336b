package org.fazhi.shared;

/**
 * 审计从属记录 — a record the audit trail names by the record it belongs to: a case step, a party or an attachment reads
 * "案件 [2024]33号 的当事人". The trail takes the owner's name from the owner when it is at hand in the same unit of
 * work, else from the owner's latest recorded event.
 */
public interface AuditPart {

    /** The type of the owning record (an entity that is {@link AuditNamed}, or a part itself). */
    Class<?> auditOwnerType();

    /** The owner's id, or {@code null} when not known. */
    Object auditOwnerId();
}
