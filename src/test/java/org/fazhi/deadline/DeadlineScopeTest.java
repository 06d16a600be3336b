package org.fazhi.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.shared.NotFound;
import org.fazhi.organization.RunAs;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Clocks are town records: staff of 三星镇 see its sample clocks, the second town sees none of them. */
class DeadlineScopeTest extends IntegrationTest {

    @Autowired
    RunAs runAs;

    @Autowired
    DeadlineEngine engine;

    private long firstSanxingSample() {
        JsonNode items = api("leader").get("/api/v1/deadlines?status=ALL&q=示例&size=100").json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        return items.get(0).get("id").asLong();
    }

    @Test
    void the_leader_of_sanxing_sees_the_sample_clocks_with_their_legal_basis() {
        JsonNode items = api("leader").get("/api/v1/deadlines?q=示例&size=100").json().get("items");

        assertThat(items.findValuesAsString("title")).anySatisfy(t -> assertThat(t).contains("（示例）"));
        assertThat(items.findValuesAsString("legalBasis")).contains("《行政处罚法》第60条");
        for (JsonNode item : items) {
            assertThat(item.get("townId").asLong()).isEqualTo(data.sanxing().id());
        }
    }

    @Test
    void a_user_of_the_second_town_does_not_see_the_clocks_of_sanxing() {
        long sample = firstSanxingSample();

        JsonNode items = api("t2-clerk").get("/api/v1/deadlines?status=ALL&size=100").json().get("items");
        for (JsonNode item : items) {
            assertThat(item.get("townId").asLong()).isNotEqualTo(data.sanxing().id());
        }
        Api.Response one = api("t2-clerk").get("/api/v1/deadlines/" + sample);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_user_of_the_second_town_cannot_pause_a_clock_of_sanxing() {
        long sample = firstSanxingSample();

        assertThatThrownBy(() -> runAs.as("t2-clerk", () -> engine.pause(sample, LocalDate.of(2026, 11, 1), "越权")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_judicial_office_finds_its_own_clocks_among_mine() {
        JsonNode items = api("reviewer").get("/api/v1/deadlines?mine=true&q=示例").json().get("items");

        assertThat(items.size()).isGreaterThanOrEqualTo(3);
        assertThat(items.findValuesAsString("assignee")).containsOnly("reviewer");
        assertThat(api("clerk").get("/api/v1/deadlines?mine=true&q=示例").json().get("items")).isEmpty();
    }

    @Test
    void the_sample_clocks_show_every_badge_colour() {
        JsonNode items = api("leader").get("/api/v1/deadlines?q=示例&size=100").json().get("items");

        // the third sample is overdue by two working days within this month, or due soon on its first working day
        assertThat(items.findValuesAsString("status")).contains("ON_TRACK", "DUE_SOON", data.demoOverdueStatus(2));
    }

    @Test
    void an_unknown_status_filter_is_answered_400() {
        assertThat(api("leader").get("/api/v1/deadlines?status=LATE").status()).isEqualTo(400);
    }
}
