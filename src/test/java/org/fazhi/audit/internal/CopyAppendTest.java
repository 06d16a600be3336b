package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text COPY reads must give back exactly the values the hash was computed on. */
class CopyAppendTest {

    @Test
    void a_row_is_one_line_of_tab_separated_values_with_nulls_and_special_characters_escaped() {
        Object[] row = {7L, OffsetDateTime.parse("2026-01-02T03:04:05.000007Z"), "调解员\tA", null, 12L,
                "Dispute", "1", "CREATE", null, "{\"summary\":\"a\\\\b\"}", "第一行\n第二行\r", null, null, null,
                "0", "f"};

        String text = new String(CopyAppend.text(List.<Object[]>of(row)), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("7\t2026-01-02 03:04:05.000007+00\t调解员\\tA\t\\N\t12\tDispute\t1\tCREATE\t\\N\t"
                + "{\"summary\":\"a\\\\\\\\b\"}\t第一行\\n第二行\\r\t\\N\t\\N\t\\N\t0\tf\n");
    }

    @Test
    void a_time_is_written_in_utc_with_every_microsecond() {
        StringBuilder sb = new StringBuilder();
        CopyAppend.timestamp(sb, OffsetDateTime.parse("2026-12-07T07:00:00+08:00"));

        assertThat(sb).hasToString("2026-12-06 23:00:00.000000+00");
    }
}
