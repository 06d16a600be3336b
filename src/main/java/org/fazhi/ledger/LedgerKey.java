package org.fazhi.ledger;

/**
 * The natural key of an imported row within a town (e.g. 上级单位 + 名称, or a certificate number), remembered per
 * ledger so that importing the same file twice does not duplicate records.
 */
public record LedgerKey(long townId, String value) {

    public static LedgerKey of(long townId, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (sb.length() > 0) {
                sb.append('\u001f');
            }
            sb.append(p == null ? "" : LedgerValues.normalise(p.toString()));
        }
        return new LedgerKey(townId, sb.toString());
    }
}
