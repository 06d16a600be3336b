package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 《政府信息公开条例》第35条: an application clearly excessive in volume or frequency, with reasonable reasons, that
 * cannot be answered in time gets a later reply date; the applicant is told the reason. The answer clock's due date
 * becomes that date. 2025: 1/28–2/4 holidays, 1/26 (Sun) and 2/8 (Sat) adjusted working days.
 */
class LaterReplyDateTest extends DisclosureApiSupport {

    @Test
    void a_later_reply_date_becomes_the_due_date_and_the_applicant_sees_it_with_the_reason() {
        // received 1/20: 1/21–1/24 = 4, 1/26 (adjusted Sunday) = 5, 1/27 = 6, 2/5–2/7 = 9, 2/8 (adjusted Saturday)
        // = 10, 2/10–2/14 = 15, 2/17–2/21 = 20 → due 2/21
        JsonNode a = register("2025-01-20");
        long id = a.get("id").asLong();
        assertThat(text(a, "dueOn")).isEqualTo("2025-02-21");

        JsonNode later = ok(step(id, "later-reply",
                "{\"decidedOn\":\"2025-02-10\",\"replyBy\":\"2025-04-30\",\"reason\":\"申请涉及近十年全部档案，需逐件查找\"}"));

        assertThat(text(later, "dueOn")).isEqualTo("2025-04-30");
        assertThat(text(later.get("clock"), "dueOn")).isEqualTo("2025-04-30");
        assertThat(text(later.get("clock").get("setDue"), "reason")).contains("需逐件查找", "第35条");
        assertThat(later.get("history").toString()).contains("另行确定", "2025-04-30");
        JsonNode tracked = anonymous().get("/api/public/v1/disclosure/applications/"
                + text(a, "trackingCode")).json();
        assertThat(tracked.toString()).contains("2025-04-30", "需逐件查找");
        String page = anonymous().get(data.portal(data.sanxing(), "disclosure/track") + "?code="
                + text(a, "trackingCode")).body();
        assertThat(page).contains("第三十五条", "2025-04-30", "需逐件查找");
    }

    @Test
    void a_later_reply_date_must_be_later_than_the_due_date_and_decided_by_it() {
        long id = register("2025-01-20").get("id").asLong();

        Api.Response earlier = step(id, "later-reply",
                "{\"decidedOn\":\"2025-02-10\",\"replyBy\":\"2025-02-20\",\"reason\":\"数量大\"}");
        Api.Response late = step(id, "later-reply",
                "{\"decidedOn\":\"2025-02-24\",\"replyBy\":\"2025-04-30\",\"reason\":\"数量大\"}");

        assertThat(earlier.status()).isEqualTo(422);
        assertThat(late.status()).isEqualTo(422);
        assertThat(text(ok(clerk().get(BASE + "/" + id)), "dueOn")).isEqualTo("2025-02-21");
    }
}
