package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.FazhiApplication;
import org.fazhi.support.Api;
import org.fazhi.support.Docx;
import org.junit.jupiter.api.Test;

/** The three documents of an application (补正告知书, 延期答复告知书, 答复书), as the applicant reads them. */
class ApplicationDocumentsTest extends DisclosureApiSupport {

    static final LocalDate TODAY = LocalDate.now(FazhiApplication.ZONE);

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private String document(long id, String kind) {
        Api.Response r = clerk().get(BASE + "/" + id + "/documents/" + kind);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return Docx.text(r.bytes());
    }

    @Test
    void the_supplement_notice_the_extension_notice_and_the_reply_carry_the_number_the_items_and_the_dates() {
        LocalDate received = TODAY.minusDays(3);
        LocalDate sent = TODAY.minusDays(2);
        LocalDate supplementDue = TODAY.plusDays(12);
        var app = register(received.toString());
        long id = app.get("id").asLong();
        String number = text(app, "caseNumber");

        assertThat(clerk().get(BASE + "/" + id + "/documents/REPLY").status()).isEqualTo(422);
        ok(step(id, "supplement-request", """
                {"sentOn":"%s","items":["所需信息的名称或文号","信息形成的大致时间"],"supplementDueOn":"%s"}"""
                .formatted(sent, supplementDue)));
        ok(step(id, "supplement-received", "{\"receivedOn\":\"%s\"}".formatted(TODAY.minusDays(1))));
        ok(step(id, "extension", """
                {"decidedOn":"%s","approvedBy":"李主任，政务公开办公室主任","reason":"需要调取多个部门档案","days":15}"""
                .formatted(TODAY)));
        ok(step(id, "decision", """
                {"decidedOn":"%s","outcome":"UNAVAILABLE_NOT_HELD","reason":"经检索，本机关未制作或获取该信息。"}"""
                .formatted(TODAY)));

        String supplement = document(id, "SUPPLEMENT");
        assertThat(supplement).contains("政府信息公开申请补正告知书", number, "王小明", chinese(received),
                chinese(supplementDue), "1. 所需信息的名称或文号", "2. 信息形成的大致时间", chinese(sent), "三星镇人民政府");

        String extension = document(id, "EXTENSION");
        assertThat(extension).contains("政府信息公开申请延期答复告知书", number, chinese(received), "需要调取多个部门档案",
                "李主任，政务公开办公室主任", "答复期限延长15个工作日", chinese(TODAY));

        String reply = document(id, "REPLY");
        assertThat(reply).contains("政府信息公开申请答复书", number, chinese(received), "2024年本镇农村低保户名单及发放标准",
                "本机关无法提供您申请的政府信息", "本机关不掌握相关政府信息", "经检索，本机关未制作或获取该信息。",
                "行政复议", chinese(TODAY));
    }
}
