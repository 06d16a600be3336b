package org.fazhi.audit.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The canonical text of audit states and the chain hash. Written by hand on purpose: the hash must be reproducible
 * for decades, so its input may not depend on a JSON library's defaults (key order, number and date formats).
 */
final class Canonical {

    private Canonical() {
    }

    /** A JSON object with keys sorted; values rendered by {@link #value}. */
    static String json(Map<String, Object> state) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        SortedMap<String, Object> sorted = state instanceof TreeMap<String, Object> t && t.comparator() == null ? t
                : new TreeMap<>(state);
        for (var e : sorted.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            value(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short) {
            sb.append(v);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Instant i) {
            string(sb, micros(i).toString());
        } else if (v instanceof Enum<?> en) {
            string(sb, en.name());
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c.stream().map(String::valueOf).sorted().toList()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, (String) o);
            }
            sb.append(']');
        } else {
            string(sb, String.valueOf(v));
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        // most values need no escape: copied whole up to the first character that does
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            sb.append(s);
        } else {
            sb.append(s, 0, i);
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    /** Both databases keep microseconds; the hash is computed on what they give back. */
    static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }

    /** The plain SHA-256 chain hash of the events written before the chain was keyed. */
    static String hash(String prevHash, Object... fields) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text(prevHash, fields)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keyed chain hash: HMAC-SHA256 of the same text, under the audit key. */
    static String hmac(byte[] key, String prevHash, Object... fields) {
        return hmac(mac(key), prevHash, fields);
    }

    /** The same with a {@link #mac} made before: it is ready for the next text after each hash. */
    static String hmac(Mac mac, String prevHash, Object... fields) {
        return HexFormat.of().formatHex(mac.doFinal(text(prevHash, fields)));
    }

    /** An HMAC-SHA256 under the key; not for concurrent use. */
    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] text(String prevHash, Object... fields) {
        StringBuilder sb = new StringBuilder(1024).append(prevHash);
        for (Object f : fields) {
            sb.append('\u001f').append(f == null ? "\u2400" : f instanceof Instant i ? micros(i).toString() : f);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
