/**
 * 数据范围内核 — the data-scope and transaction kernel every business module stands on: {@link
 * org.fazhi.organization.scope.ScopedRecord} (a town's record, its holder unit and village), the Hibernate filters the
 * platform's transaction manager enables for the caller's scope on every transaction ({@link
 * org.fazhi.organization.scope.ScopedTransactionManager}), the write guard that checks every insert, update and delete
 * against the holder as loaded ({@link org.fazhi.organization.scope.ScopeGuard}), and {@link
 * org.fazhi.organization.scope.DataScope}, the caller's scope and the platform's own work ({@code asSystem}). It is a
 * named interface of the organization module because a scope is made of the org tree and the user's roles.
 */
@org.springframework.modulith.NamedInterface("scope")
package org.fazhi.organization.scope;
