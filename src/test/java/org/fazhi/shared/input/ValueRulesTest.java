package org.fazhi.shared.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.fazhi.shared.Reasons;
import org.fazhi.shared.ResidentIdNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one rule of each kind of value: what passes and what does not. */
class ValueRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // GB 11643's own example, check character X
            "11010519491231002X, true",
            "11010519491231002x, true",
            "110105199003074472, true",
            "３２０６８４１９９００１０１１２３４, true",
            // one digit of the sequence changed: the check character no longer matches
            "110105199003074482, false",
            "110105199003074471, false",
            // an old 15-digit number and a 10-digit number are no longer accepted
            "110105491231002, false",
            "3206841990, false",
            // a birth date that does not exist (13th month), with the matching check character
            "320684201713451238, false",
            "32068419900101123A, false"})
    void a_resident_id_number_has_18_characters_a_real_birth_date_and_its_check_character(String id, boolean valid) {
        assertThat(ValueRules.isResidentId(id)).isEqualTo(valid);
        assertThat(ValueRules.partyIdProblem(true, id)).isEqualTo(valid ? null : ValueRules.RESIDENT_ID);
    }

    @Test
    void the_check_character_is_computed_from_the_first_17_digits() {
        assertThat(ResidentIdNumber.withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
        assertThat(ValueRules.creditCodeWithCheckCharacter("91330100799655058")).isEqualTo("91330100799655058B");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "91330100799655058B, true",
            "91110000802100433b, true",
            "91330100799655058C, false",
            // I, O, S, V and Z are not in a credit code
            "9133010079965505IB, false",
            "91330100799655058, false",
            "3206841990, false"})
    void a_credit_code_has_18_characters_and_its_check_character(String code, boolean valid) {
        assertThat(ValueRules.isCreditCode(code)).isEqualTo(valid);
        assertThat(ValueRules.partyIdProblem(false, code)).isEqualTo(valid ? null : ValueRules.CREDIT_CODE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "13812345678, true",
            "138 1234 5678, true",
            "+86 138-1234-5678, true",
            "0513-82881234, true",
            "(0513)82881234, true",
            "0513-0000 0299转8, true",
            "010-12345678-123, true",
            "12812345678, false",
            "1381234567, false",
            "82881234, false",
            "0513-1, false",
            "12345, false",
            "请拨打张主任手机, false"})
    void a_phone_number_is_a_mobile_number_or_a_landline_number_with_its_area_code(String phone, boolean valid) {
        assertThat(ValueRules.isPhone(phone)).isEqualTo(valid);
    }

    @Test
    void reasons_are_joined_once_without_doubled_punctuation() {
        assertThat(Reasons.join(List.of("尚未调查取证。", "尚未提出拟处罚意见。", "尚未调查取证。"), Locale.CHINESE))
                .isEqualTo("尚未调查取证；尚未提出拟处罚意见。");
        assertThat(Reasons.join(List.of("No investigation yet.", "No proposal yet."), Locale.ENGLISH))
                .isEqualTo("No investigation yet; No proposal yet.");
        assertThat(Reasons.join(List.of("仅此一条；"), Locale.CHINESE)).isEqualTo("仅此一条。");
        assertThat(Reasons.join(List.of(), Locale.CHINESE)).isEmpty();
    }
}
