/**
 * 输入规则 — one rule per kind of value a person types or a ledger brings in: a phone number ({@link Phone}), a resident
 * ID number ({@link ResidentId}), a unified social credit code ({@link CreditCode}) and a date the law requires to have
 * happened already ({@link NotFuture}). The annotations check a form or an API command; {@link ValueRules} holds the
 * same checks for the services' own input checks ({@link org.fazhi.shared.Input}) and the ledger imports, so that one
 * value is judged the same, with the same plain message, however it arrives.
 */
package org.fazhi.shared.input;
