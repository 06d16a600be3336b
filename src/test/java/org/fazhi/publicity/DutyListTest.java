package org.fazhi.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 谁执法谁普法: a department's duty item, the activities counted toward it, and behind plan after its quarter. */
class DutyListTest extends IntegrationTest {

    private JsonNode item(long id) {
        for (JsonNode i : api("leader").get("/api/v1/publicity/duties?year=2024").json()) {
            if (i.get("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("no duty item " + id);
    }

    @Test
    void an_item_short_of_its_plan_after_its_quarter_is_behind_and_only_its_department_counts_toward_it() {
        Api.Response created = api("officer1").postJson("/api/v1/publicity/duties",
                "{\"year\":2024,\"content\":\"道路交通法规进校园\",\"planned\":2,\"dueQuarter\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String activity = """
                {"heldOn":"2024-03-12","name":"交通法规进校园%s","themes":["送法进校园"],"type":"CAMPAIGN",
                 "form":"LECTURE","organiser":"综合行政执法局","participants":200,"materials":300,"dutyItemId":%d}""";

        Api.Response own = api("officer1").postJson("/api/v1/publicity/activities", activity.formatted("一", id));
        Api.Response other = api("educator").postJson("/api/v1/publicity/activities", activity.formatted("二", id));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("dutyItemId");
        JsonNode progress = item(id);
        assertThat(progress.get("unit").asString()).isEqualTo("综合行政执法局");
        assertThat(progress.get("done").asLong()).isEqualTo(1);
        assertThat(progress.get("behind").asBoolean()).isTrue();
        assertThat(api("t2-officer1").get("/api/v1/publicity/duties?year=2024").body()).doesNotContain("道路交通法规进校园");
    }

    @Test
    void an_item_without_a_quarter_is_refused_naming_the_field() {
        Api.Response r = api("officer1").postJson("/api/v1/publicity/duties",
                "{\"year\":2024,\"content\":\"无季度\",\"planned\":2,\"dueQuarter\":5}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("dueQuarter");
        assertThat(api("mediator").get("/api/v1/publicity/duties?year=2024").status()).isEqualTo(403);
    }
}
