package org.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit administrator verifies the whole chain in the background and follows its progress: the run checks every
 * event up to the head and says intact, or names the first tampered event. Tampering is undone at the end, since the
 * chain is shared.
 */
class BackgroundVerificationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Starts a verification and waits for its end, as the page does by asking every second. */
    private JsonNode verifyInBackground() throws InterruptedException {
        Api auditor = api("auditor");
        Api.Response started = auditor.postJson("/api/v1/audit/verifications", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode run = started.json();
        while (run.get("state").asString().equals("RUNNING") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            run = auditor.get("/api/v1/audit/verifications/latest").json();
        }
        return run;
    }

    @Test
    void a_background_verification_checks_every_event_up_to_the_head_and_says_intact() throws Exception {
        long head = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);

        JsonNode run = verifyInBackground();

        assertThat(run.get("state").asString()).isEqualTo("INTACT");
        assertThat(run.get("checked").asLong()).isGreaterThanOrEqualTo(head).isEqualTo(run.get("total").asLong());
        assertThat(run.get("startedBy").asString()).isEqualTo("auditor");

        String page = StaffSession.signIn(baseUrl(), "auditor", PASSWORD).get("/audit").body();
        assertThat(page).contains("审计链完整：已核验", "最近一次验证：auditor");
    }

    @Test
    void a_tampered_event_is_reported_with_its_sequence_number() throws Exception {
        long seq = 9;
        String actor = jdbc.queryForObject("select actor from audit_event where seq_no = ?", String.class, seq);
        jdbc.update("update audit_event set actor = 'intruder' where seq_no = ?", seq);
        try {
            JsonNode run = verifyInBackground();

            assertThat(run.get("state").asString()).isEqualTo("BROKEN");
            assertThat(run.get("firstBrokenEventId").asLong()).isEqualTo(seq);
            assertThat(run.get("checked").asLong()).isEqualTo(seq - 1);
            String fragment = StaffSession.signIn(baseUrl(), "auditor", PASSWORD).get("/audit/verification").body();
            assertThat(fragment).contains("第 9 号事件起被修改、删除或插入").doesNotContain("hx-get");
        } finally {
            jdbc.update("update audit_event set actor = ? where seq_no = ?", actor, seq);
        }
        assertThat(verifyInBackground().get("state").asString()).isEqualTo("INTACT");
    }

    @Test
    void the_page_shows_a_running_verification_as_checked_of_total_and_asks_again() {
        jdbc.update("update audit_verification set run_id = 'shown', state = 'RUNNING', checked = 4000, total = 10000, "
                + "heartbeat_at = current_timestamp, started_at = current_timestamp, started_by = 'auditor' where id = 1");
        try {
            StaffSession auditor = StaffSession.signIn(baseUrl(), "auditor", PASSWORD);
            String fragment = auditor.get("/audit/verification").body();

            assertThat(fragment).contains("已核验 4,000 / 10,000 条事件（40%）", "width: 40%", "hx-get=\"/audit/verification\"");
            assertThat(api("auditor").postJson("/api/v1/audit/verifications", "").json().get("checked").asLong())
                    .as("a second start joins the running verification").isEqualTo(4000);
            assertThat(api("admin").get("/api/v1/audit/verifications/latest").status()).isEqualTo(403);
        } finally {
            jdbc.update("update audit_verification set state = 'NONE', run_id = null where id = 1");
        }
    }
}
