package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A file is behind its module's permission as well as its record's scope: the generic file endpoints answer a caller
 * who may not read the owner record exactly as they answer a missing id (404), and let only holders of the module's
 * write permission add files.
 */
class AttachmentPermissionTest extends IntegrationTest {

    private static final String FILES = "/api/v1/files";
    private static final long MISSING = 987654321L;

    /** A small PDF whose bytes differ on every call, so tests never share stored content. */
    private static byte[] pdf() {
        return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Api.Response upload(String user, String ownerType, long ownerId, String name) {
        return api(user).upload(FILES + "?ownerType=" + ownerType + "&ownerId=" + ownerId, "file", name,
                "application/pdf", pdf());
    }

    /** A file stored by {@code user}, who may add to the record. */
    private long stored(String user, String ownerType, long ownerId, String name) {
        Api.Response stored = upload(user, ownerType, ownerId, name);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        return stored.json().get("id").asLong();
    }

    private long dispute() {
        return api("mediator").get("/api/v1/mediation/disputes").json().get("items").get(0).get("id").asLong();
    }

    /** The evidence manifest's first record of the demo case closed on the spot (损坏市政设施). */
    private JsonNode caseRecord() {
        String cases = "/api/v1/enforcement/cases";
        long id = api("leader").get(cases + "?state=CLOSED&q=" + URLEncoder.encode("损坏市政设施",
                StandardCharsets.UTF_8)).json().get("items").get(0).get("id").asLong();
        return api("leader").get(cases + "/" + id + "/evidence").json().get(0);
    }

    private long disclosureItem() {
        return api("clerk").get("/api/v1/disclosure/items").json().get("items").get(0).get("id").asLong();
    }

    private void assertNotReadable(String user, long fileId, String ownerType, long ownerId) {
        Api caller = api(user);
        assertThat(caller.get(FILES + "/" + fileId).status()).as(user + " metadata").isEqualTo(404);
        assertThat(caller.get(FILES + "/" + fileId + "/content").status()).as(user + " content").isEqualTo(404);
        assertThat(caller.get(FILES + "?ownerType=" + ownerType + "&ownerId=" + ownerId).status())
                .as(user + " list").isEqualTo(404);
    }

    private void assertReadable(String user, long fileId, String ownerType, long ownerId) {
        Api caller = api(user);
        assertThat(caller.get(FILES + "/" + fileId).status()).as(user + " metadata").isEqualTo(200);
        assertThat(caller.get(FILES + "/" + fileId + "/content").status()).as(user + " content").isEqualTo(200);
        assertThat(caller.get(FILES + "?ownerType=" + ownerType + "&ownerId=" + ownerId).json().findValues("id")
                .stream().map(JsonNode::asLong)).as(user + " list").contains(fileId);
    }

    @Test
    void a_dispute_file_is_not_found_for_an_officer_without_mediation_read() {
        long dispute = dispute();
        long fileId = stored("mediator", "dispute", dispute, "人民调解协议书（签字）.pdf");

        assertNotReadable("officer1", fileId, "dispute", dispute);
        assertThat(upload("officer1", "dispute", dispute, "x.pdf").status()).isEqualTo(404);
        assertReadable("mediator", fileId, "dispute", dispute);
        assertReadable("leader", fileId, "dispute", dispute);
    }

    @Test
    void a_case_record_is_not_found_for_the_mediator_and_the_disclosure_clerk_who_may_not_read_cases() {
        JsonNode record = caseRecord();
        long fileId = record.get("fileId").asLong();
        long step = record.get("stepId").asLong();

        for (String outsider : new String[] {"mediator", "clerk"}) {
            assertNotReadable(outsider, fileId, "penalty-case-step", step);
            assertThat(upload(outsider, "penalty-case-step", step, "伪造的笔录.pdf").status()).as(outsider)
                    .isEqualTo(404);
        }
        assertReadable("officer1", fileId, "penalty-case-step", step);
        assertReadable("counsel", fileId, "penalty-case-step", step);
        stored("officer1", "penalty-case-step", step, "询问笔录.pdf");
    }

    @Test
    void a_file_of_a_record_the_caller_may_not_read_answers_exactly_like_a_missing_id() {
        long fileId = stored("mediator", "dispute", dispute(), "协议.pdf");
        Api officer = api("officer1");

        Api.Response hidden = officer.get(FILES + "/" + fileId);
        Api.Response missing = officer.get(FILES + "/" + MISSING);

        assertThat(hidden.status()).isEqualTo(404).isEqualTo(missing.status());
        assertThat(hidden.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(hidden.json().get("title")).isEqualTo(missing.json().get("title"));
        assertThat(hidden.body()).doesNotContain("dispute").doesNotContain("协议");
    }

    @Test
    void a_reader_without_the_modules_write_permission_may_read_but_not_add_files() {
        long dispute = dispute();
        stored("mediator", "dispute", dispute, "现场照片说明.pdf");

        // the reviewer reads disputes and holds FILE_WRITE, but does not mediate (MEDIATION_WRITE)
        assertThat(api("reviewer").get(FILES + "?ownerType=dispute&ownerId=" + dispute).status()).isEqualTo(200);
        assertThat(upload("reviewer", "dispute", dispute, "x.pdf").status()).isEqualTo(403);
    }

    @Test
    void a_disclosure_item_file_is_read_by_disclosure_readers_and_added_by_the_clerk_only() {
        long item = disclosureItem();
        long fileId = stored("clerk", "disclosure-item", item, "公开文件原件.pdf");

        assertNotReadable("officer1", fileId, "disclosure-item", item);
        assertNotReadable("mediator", fileId, "disclosure-item", item);
        assertThat(upload("mediator", "disclosure-item", item, "x.pdf").status()).isEqualTo(404);
        assertReadable("leader", fileId, "disclosure-item", item);
        assertThat(upload("reviewer", "disclosure-item", item, "x.pdf").status()).isEqualTo(403);
    }

    @Test
    void the_attachment_panel_of_a_case_step_is_not_found_for_the_mediator_and_shows_the_officer_an_upload_form() {
        long step = caseRecord().get("stepId").asLong();
        String panel = "/files/panel?ownerType=penalty-case-step&ownerId=" + step;

        assertThat(StaffSession.signIn(baseUrl(), "mediator", PASSWORD).get(panel).statusCode()).isEqualTo(404);
        var officer = StaffSession.signIn(baseUrl(), "officer1", PASSWORD).get(panel);
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).contains("hx-post");
    }
}
