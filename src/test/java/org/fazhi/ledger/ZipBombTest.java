package org.fazhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fazhi.support.Api;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workbook that unpacks to far more than it weighs (a zip bomb) is refused with 413 problem details before the
 * import starts — not read until the server runs out of memory — and imports nothing.
 */
class ZipBombTest extends IntegrationTest {

    private static final String BASE = "/api/v1/ledgers/" + URLEncoder.encode("组织机构台账", StandardCharsets.UTF_8);

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A real workbook whose first sheet is replaced by a header row and then {@code megabytes} of one repeated cell
     * text: a few dozen kilobytes on the wire.
     */
    private static byte[] bomb(int megabytes) throws Exception {
        byte[] workbook = Ledgers.xlsx(List.of(List.of("名称", "类型", "上级单位", "编码")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                            + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                            + "<c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row><row r=\"2\">"
                            + "<c r=\"A2\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "炸".repeat(1024 / 3 * 3).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < megabytes * 1024L * 1024L; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void a_zip_bomb_is_refused_with_413_before_the_import() throws Exception {
        byte[] file = bomb(200);
        long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        assertThat(file.length).isLessThan(2 * 1024 * 1024);

        Api.Response r = api("admin").upload(BASE + "/import", "file", "组织机构.xlsx", "application/octet-stream",
                file);

        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("压缩炸弹");
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(units);
    }
}
