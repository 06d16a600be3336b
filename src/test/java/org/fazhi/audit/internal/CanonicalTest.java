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
}
