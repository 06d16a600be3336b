/**
 * 台账导入 — the one facility through which every module imports its Excel/CSV ledgers: CSV in UTF-8 (with or without
 * BOM) or GBK/GB18030, XLSX read by streaming; Chinese headers matched after NFKC normalisation; shared value parsers
 * ({@link org.fazhi.ledger.LedgerValues}); every row validated, saved in its own transaction through the module's own
 * service and reported when rejected; rows imported before (by natural key) skipped. A module declares a ledger by
 * implementing {@link org.fazhi.ledger.LedgerFormat} and exposes its import URL by calling {@link
 * org.fazhi.ledger.LedgerImports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "台账导入 Ledger import")
package org.fazhi.ledger;
