/**
 * 审计 — the append-only, hash-chained audit trail. Every insert, update and delete of an entity is recorded in the
 * same transaction by Hibernate event listeners (no module writes audit events by hand); {@link
 * org.fazhi.audit.AuditTrail} reads the history of a record and proves the chain untampered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计 Audit trail")
package org.fazhi.audit;
