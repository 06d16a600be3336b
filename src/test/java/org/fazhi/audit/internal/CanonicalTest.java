package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hashed text must not depend on map order, number formatting or clock precision. */
class CanonicalTest {

    @Test
    void the_same_state_gives_the_same_text_whatever_the_key_order() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", "林西村");
        a.put("amount", new BigDecimal("1200.50"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("amount", new BigDecimal("1200.50"));
        b.put("name", "林西村");

        assertThat(Canonical.json(a)).isEqualTo(Canonical.json(b)).isEqualTo("{\"amount\":1200.50,\"name\":\"林西村\"}");
    }

    @Test
    void collections_are_sorted_and_quotes_escaped() {
        assertThat(Canonical.json(Map.of("roles", List.of("OFFICER", "LEADER"), "note", "他说\"好\"")))
                .isEqualTo("{\"note\":\"他说\\\"好\\\"\",\"roles\":[\"LEADER\",\"OFFICER\"]}");
    }

    @Test
    void the_hash_ignores_nanoseconds_the_databases_do_not_keep() {
        Instant withNanos = Instant.parse("2024-10-08T01:02:03.123456789Z");
        Instant micros = Instant.parse("2024-10-08T01:02:03.123456Z");

        assertThat(Canonical.hash(ChainWriter.GENESIS, 1L, withNanos, "admin"))
                .isEqualTo(Canonical.hash(ChainWriter.GENESIS, 1L, micros, "admin"))
                .hasSize(64);
    }

    @Test
    void any_changed_field_changes_the_hash() {
        Instant t = Instant.parse("2024-10-08T01:02:03Z");

        assertThat(Canonical.hash(ChainWriter.GENESIS, 1L, t, "admin", null))
                .isNotEqualTo(Canonical.hash(ChainWriter.GENESIS, 1L, t, "admin", ""))
                .isNotEqualTo(Canonical.hash(ChainWriter.GENESIS, 2L, t, "admin", null));
    }

    @Test
    void control_characters_quotes_and_backslashes_are_escaped_and_other_text_kept_as_it_is() {
        assertThat(Canonical.json(Map.of("a", "纯文本 plain", "b", "x\u0001y\\z\t\"q\"")))
                .isEqualTo("{\"a\":\"纯文本 plain\",\"b\":\"x\\u0001y\\\\z\\t\\\"q\\\"\"}");
    }

    @Test
    void an_hmac_used_again_gives_the_hash_of_a_fresh_one() {
        byte[] key = "k".repeat(32).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        javax.crypto.Mac mac = Canonical.mac(key);
        Instant t = Instant.parse("2024-10-08T01:02:03Z");

        String first = Canonical.hmac(mac, ChainWriter.GENESIS, 1L, t, "admin");
        String second = Canonical.hmac(mac, first, 2L, t, "林西村");

        assertThat(first).isEqualTo(Canonical.hmac(key, ChainWriter.GENESIS, 1L, t, "admin"));
        assertThat(second).isEqualTo(Canonical.hmac(key, first, 2L, t, "林西村"));
    }
}
