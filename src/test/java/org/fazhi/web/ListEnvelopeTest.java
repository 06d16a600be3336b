package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every paged list of the JSON API answers the same envelope: items, total, page and size. */
class ListEnvelopeTest extends IntegrationTest {

    private static void assertEnvelope(Api.Response r, int page, int size) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("items").isArray()).isTrue();
        assertThat(json.get("items").size()).isLessThanOrEqualTo(size);
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(json.get("items").size());
        assertThat(json.get("page").asInt()).isEqualTo(page);
        assertThat(json.get("size").asInt()).isEqualTo(size);
    }

    @Test
    void the_staff_lists_answer_items_total_page_and_size() {
        assertEnvelope(api("mediator").get("/api/v1/mediation/disputes?page=0&size=3"), 0, 3);
        assertEnvelope(api("leader").get("/api/v1/enforcement/cases?page=1&size=2"), 1, 2);
        assertEnvelope(api("mediator").get("/api/v1/deadlines?status=ALL&size=5"), 0, 5);
        assertEnvelope(api("leader").get("/api/v1/publications?size=4"), 0, 4);
        assertEnvelope(api("clerk").get("/api/v1/disclosure/items?size=2"), 0, 2);
        assertEnvelope(api("auditor").get("/api/v1/audit/events?size=7"), 0, 7);
        assertEnvelope(api("admin").get("/api/v1/users?size=6"), 0, 6);
    }

    @Test
    void the_public_lists_answer_the_same_envelope() {
        long town = data.sanxing().id();
        assertEnvelope(anonymous().get("/api/public/v1/enforcement/decisions?size=3&town=" + town), 0, 3);
        assertEnvelope(anonymous().get("/api/public/v1/disclosure/items?size=2&town=" + town), 0, 2);
    }

    @Test
    void a_list_counts_every_match_while_it_shows_one_page() {
        JsonNode first = api("mediator").get("/api/v1/mediation/disputes?size=1").json();

        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("total").asLong()).isGreaterThan(1);
    }
}
