package org.fazhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerValuesTest {

    @Test
    void a_date_is_accepted_with_dashes_slashes_or_chinese_characters() {
        assertThat(LedgerValues.date("2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(LedgerValues.date("2024/3/5")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(LedgerValues.date("2024年3月5日")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(LedgerValues.date("2024年12月31日")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(LedgerValues.date(" 2024/03/05 ")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void full_width_digits_are_read_like_half_width_ones() {
        assertThat(LedgerValues.date("２０２４年３月５日")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(LedgerValues.date("２０２４／３／５")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void a_date_in_another_form_is_refused_with_the_accepted_forms() {
        assertThatThrownBy(() -> LedgerValues.date("05.03.2024"))
                .isInstanceOfSatisfying(InvalidLedgerValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledger.value.date"));
        assertThatThrownBy(() -> LedgerValues.date("2024-3/5")).isInstanceOf(InvalidLedgerValue.class);
    }

    @Test
    void a_date_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> LedgerValues.date("2023年2月29日"))
                .isInstanceOfSatisfying(InvalidLedgerValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledger.value.dateInvalid"));
    }

    @Test
    void an_amount_may_carry_thousands_separators() {
        assertThat(LedgerValues.decimal("12,345.60")).isEqualByComparingTo(new BigDecimal("12345.60"));
        assertThat(LedgerValues.decimal("１２３")).isEqualByComparingTo(new BigDecimal("123"));
        assertThatThrownBy(() -> LedgerValues.decimal("一百")).isInstanceOf(InvalidLedgerValue.class);
        assertThat(LedgerValues.integer("42")).isEqualTo(42L);
        assertThatThrownBy(() -> LedgerValues.integer("4.5")).isInstanceOf(InvalidLedgerValue.class);
    }

    @Test
    void yes_and_no_are_read_in_their_usual_spellings() {
        assertThat(List.of("是", "Y", "yes", "TRUE", "1", "√").stream().map(LedgerValues::yesNo)).containsOnly(true);
        assertThat(List.of("否", "N", "no", "FALSE", "0", "×").stream().map(LedgerValues::yesNo)).containsOnly(false);
        assertThatThrownBy(() -> LedgerValues.yesNo("也许")).isInstanceOf(InvalidLedgerValue.class);
    }

    @Test
    void a_value_outside_its_list_is_refused_naming_the_allowed_values() {
        Map<String, Integer> allowed = new java.util.LinkedHashMap<>();
        allowed.put("村", 1);
        allowed.put("部门", 2);

        assertThat(LedgerValues.oneOf(" 部门 ", allowed)).isEqualTo(2);
        assertThatThrownBy(() -> LedgerValues.oneOf("乡", allowed))
                .isInstanceOfSatisfying(InvalidLedgerValue.class, e -> assertThat(e.args()).containsExactly("村、部门"));
    }

    @Test
    void headers_compare_equal_after_trimming_and_nfkc() {
        assertThat(LedgerValues.normalise(" 涉及金额（元） ")).isEqualTo(LedgerValues.normalise("涉及金额(元)"));
    }

    @Test
    void a_required_blank_cell_and_an_unparsable_cell_are_both_reported_against_their_columns() {
        List<LedgerColumn> columns = List.of(LedgerColumn.required("名称", null),
                LedgerColumn.optional("日期", null));
        LedgerRow row = new LedgerRow(7, Map.of("名称", "  ", "日期", "昨天"), columns);

        assertThat(row.text("名称")).isNull();
        assertThat(row.value("日期", LedgerValues::date)).isNull();

        assertThat(row.problems()).extracting(LedgerRow.Problem::column, LedgerRow.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("名称", "ledger.value.required"),
                        org.assertj.core.groups.Tuple.tuple("日期", "ledger.value.date"));
    }
}
