package org.fazhi.shared;

/**
 * 审计名称 — a record the audit trail names by what people call it: a case by its 案号, a disclosure application by its
 * 申请编号, a dispute by its 纠纷编号, a person by their name. The trail captures the name when it records a change, so
 * the name stands as it was then even after the record is renamed or deleted. A name must never be personal data
 * that the trail masks (a party's name is not a name here: a party is named by its case).
 */
public interface AuditNamed {

    /** The name, or {@code null} while the record has none yet (a case before its number is given). */
    String auditName();
}
