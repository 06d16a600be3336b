package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a citizen types into a public search or tracking box is read one way everywhere. */
class PublicQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "〔2024〕33号|〔2024〕33号",
        "[2024]第33号|〔2024〕33号",
        "【2024】33号|〔2024〕33号",
        "(2024)33|〔2024〕33号",
        "（2024）第33号|〔2024〕33号",
        "2024-33|〔2024〕33号",
        "2024 - 033|〔2024〕33号",
        "2024年第33号|〔2024〕33号",
        "2024第33号|〔2024〕33号",
        "２０２４－３３|〔2024〕33号",
        "［２０２４］第３３号|〔2024〕33号",
        "海三星综执罚决〔2024〕第33号|海三星综执罚决〔2024〕33号",
        "罚决[2024]33号|罚决〔2024〕33号",
        "三政规 〔2025〕1号|三政规〔2025〕1号",
    })
    void a_case_number_however_typed_is_read_in_its_issued_form(String typed, String issued) {
        assertThat(PublicQuery.caseNumber(typed)).contains(issued);
        assertThat(PublicQuery.searchText(typed)).isEqualTo(issued);
    }

    @ParameterizedTest
    @ValueSource(strings = {"占道经营", "第33号", "2024", "202433", "2024-03-01", "罚款2000元", "王某", ""})
    void other_words_are_no_case_number(String typed) {
        assertThat(PublicQuery.caseNumber(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ABCD-EFGH-JKMN|ABCD-EFGH-JKMN",
        "abcd-efgh-jkmn|ABCD-EFGH-JKMN",
        "ABCDEFGHJKMN|ABCD-EFGH-JKMN",
        " abcd efgh jkmn |ABCD-EFGH-JKMN",
        "ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ|ABCD-EFGH-JKMN",
        "abcd—efgh—jkmn|ABCD-EFGH-JKMN",
    })
    void a_tracking_code_however_typed_is_read_in_its_printed_form(String typed, String printed) {
        assertThat(PublicQuery.trackingCode(typed)).contains(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS", "ABCD-EFGH-JKM0", "IIII-LLLL-OOOO", ""})
    void what_cannot_be_a_tracking_code_finds_nothing(String typed) {
        assertThat(PublicQuery.trackingCode(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_new_tracking_code_reads_back_as_itself() {
        for (int i = 0; i < 100; i++) {
            String code = PublicQuery.newTrackingCode();
            assertThat(PublicQuery.trackingCode(code)).contains(code);
        }
    }

    @org.junit.jupiter.api.Test
    void a_query_is_made_half_width_and_cut_to_the_longest_a_search_reads() {
        assertThat(PublicQuery.text("  占道　　经营  ")).isEqualTo("占道 经营");
        assertThat(PublicQuery.text("x".repeat(80))).hasSize(PublicQuery.MAX_LENGTH);
        assertThat(PublicQuery.text(null)).isEmpty();
        assertThat(PublicQuery.issuedForm("海三星综执罚决〔2024〕第33号")).isEqualTo("海三星综执罚决〔2024〕33号");
    }
}
