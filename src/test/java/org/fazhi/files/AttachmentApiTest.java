package org.fazhi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.fazhi.files.internal.HashVerificationJob;
import org.fazhi.organization.OrgUnitView;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Attachments: stored by SHA-256, typed by content, size-limited, read and written like the record they belong to. */
class AttachmentApiTest extends IntegrationTest {

    @Autowired
    HashVerificationJob verification;

    @Value("${fazhi.files.dir}")
    Path storeDir;

    /** A small PDF whose bytes differ on every call, so tests never share stored content. */
    private static byte[] pdf() {
        return ("%PDF-1.4\n% 三星镇 " + UUID.randomUUID() + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private String ofUnit(OrgUnitView unit) {
        return "ownerType=org-unit&ownerId=" + unit.id();
    }

    private Api.Response upload(String user, OrgUnitView unit, String name, byte[] content) {
        return api(user).upload("/api/v1/files?" + ofUnit(unit), "file", name, "application/pdf", content);
    }

    private OrgUnitView linxi() {
        return data.unit(data.sanxing(), "林西村");
    }

    @Test
    void an_uploaded_file_is_stored_under_its_sha256_and_downloads_byte_for_byte() throws Exception {
        byte[] content = pdf();

        Api.Response created = upload("admin", linxi(), "村规民约.pdf", content);

        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        assertThat(json.get("sha256").asString()).isEqualTo(sha256(content));
        assertThat(json.get("size").asLong()).isEqualTo(content.length);
        assertThat(json.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(json.get("name").asString()).isEqualTo("村规民约.pdf");
        assertThat(json.get("uploadedBy").asString()).isEqualTo("admin");
        assertThat(json.has("uploadedAt")).isTrue();
        String sha = sha256(content);
        assertThat(storeDir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)).exists();

        Api.Response download = api("leader").get("/api/v1/files/" + json.get("id").asLong() + "/content");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(content);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''%E6%9D%91%E8%A7%84%E6%B0%91%E7%BA%A6.pdf");
    }

    @Test
    void identical_content_uploaded_twice_is_stored_once_and_listed_twice() throws Exception {
        byte[] content = pdf();
        OrgUnitView unit = data.unit(data.sanxing(), "东兴村");

        String first = upload("admin", unit, "a.pdf", content).json().get("sha256").asString();
        String second = upload("admin", unit, "b.pdf", content).json().get("sha256").asString();

        assertThat(first).isEqualTo(second);
        try (var stored = Files.list(storeDir.resolve(first.substring(0, 2)).resolve(first.substring(2, 4)))) {
            assertThat(stored.filter(p -> p.getFileName().toString().startsWith(first))).hasSize(1);
        }
        Api.Response list = api("leader").get("/api/v1/files?" + ofUnit(unit));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.json().get(0).get("name").asString()).isEqualTo("a.pdf");
    }

    @Test
    void a_text_file_named_pdf_is_refused_with_415_whatever_its_name_claims() {
        Api.Response r = upload("admin", linxi(), "报告.pdf", "这不是 PDF，只是文字。".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_executable_named_pdf_is_refused_with_415() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);

        assertThat(upload("admin", linxi(), "通知.pdf", exe).status()).isEqualTo(415);
    }

    @Test
    void an_upload_over_the_size_limit_is_answered_413_as_problem_details() {
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        byte[] head = pdf();
        System.arraycopy(head, 0, big, 0, head.length);

        Api.Response r = upload("admin", linxi(), "大文件.pdf", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void a_user_of_the_second_town_gets_404_for_a_file_of_sanxing() {
        long id = upload("admin", linxi(), "林西村.pdf", pdf()).json().get("id").asLong();
        Api t2 = api("t2-clerk");

        assertThat(t2.get("/api/v1/files/" + id).status()).isEqualTo(404);
        assertThat(t2.get("/api/v1/files/" + id + "/content").status()).isEqualTo(404);
        assertThat(t2.get("/api/v1/files?" + ofUnit(linxi())).status()).isEqualTo(404);
        assertThat(t2.upload("/api/v1/files?" + ofUnit(linxi()), "file", "x.pdf", "application/pdf", pdf()).status())
                .isEqualTo(404);
    }

    @Test
    void a_village_user_reads_the_files_of_their_village_but_not_of_the_town() {
        long village = upload("admin", linxi(), "本村.pdf", pdf()).json().get("id").asLong();
        long town = upload("admin", data.sanxing(), "全镇.pdf", pdf()).json().get("id").asLong();
        Api villager = api("village-mediator");

        assertThat(villager.get("/api/v1/files/" + village).status()).isEqualTo(200);
        assertThat(villager.get("/api/v1/files/" + town).status()).isEqualTo(404);
    }

    @Test
    void a_leader_without_file_write_may_read_but_not_upload() {
        assertThat(upload("leader", linxi(), "x.pdf", pdf()).status()).isEqualTo(403);
        assertThat(api("leader").get("/api/v1/files?" + ofUnit(linxi())).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_owner_is_404() {
        assertThat(api("admin").upload("/api/v1/files?ownerType=nothing&ownerId=1", "file", "x.pdf",
                "application/pdf", pdf()).status()).isEqualTo(404);
        assertThat(api("admin").get("/api/v1/files?ownerType=org-unit&ownerId=987654321").status()).isEqualTo(404);
        assertThat(api("admin").get("/api/v1/files/987654321").status()).isEqualTo(404);
    }

    @Test
    void the_district_itself_holds_no_files() {
        assertThat(upload("admin", data.district(), "区.pdf", pdf()).status()).isEqualTo(404);
    }

    @Test
    void the_hash_verification_job_flags_a_file_changed_on_disk() throws Exception {
        byte[] content = pdf();
        long id = upload("admin", linxi(), "证据.pdf", content).json().get("id").asLong();
        String sha = sha256(content);
        Path stored = storeDir.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        assertThat(verification.verifyStoredHashes().corruptContents()).doesNotContain(sha);

        Files.write(stored, "tampered".getBytes(StandardCharsets.UTF_8));
        HashVerificationJob.Outcome outcome = verification.verifyStoredHashes();

        assertThat(outcome.corruptContents()).contains(sha);
        assertThat(api("admin").get("/api/v1/files/" + id).json().get("corrupt").asBoolean()).isTrue();

        // uploading the original again repairs the stored copy, and the next run clears the flag
        upload("admin", linxi(), "证据（原件）.pdf", content);
        assertThat(verification.verifyStoredHashes().corruptContents()).doesNotContain(sha);
        assertThat(api("admin").get("/api/v1/files/" + id).json().get("corrupt").asBoolean()).isFalse();
    }

    @Test
    void the_files_page_of_a_unit_shows_its_files_with_their_hashes_and_an_upload_form() throws Exception {
        byte[] content = pdf();
        upload("admin", data.unit(data.sanxing(), "西宏村"), "西宏村村规民约.pdf", content);
        OrgUnitView unit = data.unit(data.sanxing(), "西宏村");
        StaffSession admin = StaffSession.signIn(baseUrl(), "admin", PASSWORD);

        HttpResponse<String> page = admin.get("/org/" + unit.id() + "/files");
        HttpResponse<String> panel = admin.get("/files/panel?" + ofUnit(unit));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("西宏村").contains("hx-get=\"/files/panel?ownerType=org-unit&amp;ownerId="
                + unit.id());
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).contains("西宏村村规民约.pdf").contains(sha256(content)).contains("hx-post");
    }

    @Test
    void a_refused_upload_through_the_panel_says_why_inside_the_panel() throws Exception {
        OrgUnitView unit = data.unit(data.sanxing(), "南海村");
        StaffSession admin = StaffSession.signIn(baseUrl(), "admin", PASSWORD);

        HttpResponse<String> refused = admin.htmxUpload("/files/panel", ofUnit(unit), "a.pdf",
                "纯文本".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = admin.htmxUpload("/files/panel", ofUnit(unit), "南海村.pdf", pdf());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("不允许上传此类文件").contains("text/plain");
        assertThat(accepted.body()).contains("已上传").contains("南海村.pdf");
    }
}
