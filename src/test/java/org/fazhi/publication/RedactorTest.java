package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.publication.internal.Redactor;
import org.fazhi.publication.internal.Redactor.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The redaction rules of enforcement disclosure (国办发〔2018〕118号, provincial publication rules), one row a rule. */
class RedactorTest {

    private static final Names WANG = new Names("王小明", true, List.of("李四海"));
    private static final Names COMPANY = new Names("南通某某家纺有限公司", false, List.of());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "王小明, 王某",
            "欧阳小明, 欧阳某",
            "司马光, 司马某",
            "王二, 王某",
            "李, 李某",
            "上官婉儿, 上官某",
    })
    void a_natural_persons_name_is_shown_as_surname_and_mou(String name, String masked) {
        assertThat(Redactor.publishedPartyName(name, true)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "王小明未经许可占道经营|王某未经许可占道经营",
            "当事人王小明（身份证号320684199001011234）|当事人王某（身份证号＊＊＊）",
            "身份证号32068419900101123X登记|身份证号＊＊＊登记",
            "旧身份证号320684900101123核对|旧身份证号＊＊＊核对",
            "联系电话13912345678。|联系电话＊＊＊。",
            "电话139-1234-5678|电话＊＊＊",
            "固定电话0513-82881234|固定电话＊＊＊",
            "开户账号6222021234567890123|开户账号＊＊＊",
            "证人李四海证实|证人李某证实",
            "住三星镇林西村12组35号|住＊＊＊",
            "家住海门区三星镇叠石路88号|家住＊＊＊",
            "在叠石桥国际家纺城经营|在叠石桥国际家纺城经营",
            "罚款人民币2000元|罚款人民币2000元",
            "海三星罚决字〔2024〕第12号|海三星罚决字〔2024〕第12号",
    })
    void free_text_loses_names_numbers_and_addresses(String text, String published) {
        assertThat(Redactor.redact(text, WANG, null)).isEqualTo(published);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "当事人王小明（身份证号３２０６８４１９９００１０１１２３Ｘ）|当事人王某（身份证号＊＊＊）",
            "身份证号３２０６８４１９９００１０１１２３４登记|身份证号＊＊＊登记",
            "联系电话１３９１２３４５６７８。|联系电话＊＊＊。",
            "电话１３９－１２３４－５６７８|电话＊＊＊",
            "固定电话０５１３－８２８８１２３４|固定电话＊＊＊",
            "罚款人民币２０００元，海三星罚决字〔２０２４〕第１２号|罚款人民币２０００元，海三星罚决字〔２０２４〕第１２号",
    })
    void full_width_digits_in_id_and_phone_numbers_are_redacted_too(String text, String published) {
        assertThat(Redactor.redact(text, WANG, null)).isEqualTo(published);
    }

    @Test
    void the_address_on_record_is_removed_wherever_it_appears() {
        assertThat(Redactor.redact("当事人居住于林西村老街东侧平房，", WANG, "林西村老街东侧平房"))
                .isEqualTo("当事人居住于＊＊＊，");
    }

    @Test
    void an_organisation_is_shown_in_full_but_its_bank_account_is_not() {
        String text = "南通某某家纺有限公司（账号6222 0212 3456 7890）超范围经营";

        assertThat(Redactor.redact(text, COMPANY, null)).isEqualTo("南通某某家纺有限公司（账号＊＊＊）超范围经营");
        assertThat(Redactor.publishedPartyName("南通某某家纺有限公司", false)).isEqualTo("南通某某家纺有限公司");
    }

    @Test
    void a_compound_surname_is_masked_in_free_text_without_leaving_the_given_name() {
        Names ouyang = new Names("欧阳小明", true, List.of());

        assertThat(Redactor.redact("欧阳小明与欧阳小明之妻", ouyang, null)).isEqualTo("欧阳某与欧阳某之妻");
    }

    @Test
    void a_party_under_eighteen_on_the_decision_date_is_a_minor() {
        // born 2007-03-05: 17 on 2025-03-04, 18 on 2025-03-05
        String id = "320684200703051234";

        assertThat(Redactor.minorOn(id, null, LocalDate.of(2025, 3, 4))).isTrue();
        assertThat(Redactor.minorOn(id, null, LocalDate.of(2025, 3, 5))).isFalse();
    }

    @Test
    void the_other_persons_the_case_names_are_masked_like_the_party() {
        Names names = new Names("王小明", true, List.of("李四海", "欧阳娜娜", "李四"));

        assertThat(Redactor.redact("王小明推搡李四海，李四与欧阳娜娜报警", names, null))
                .isEqualTo("王某推搡李某，李某与欧阳某报警");
    }

    @Test
    void a_recorded_birth_date_decides_the_age_when_the_id_number_carries_none() {
        // born 2008-01-10: 17 on 2026-01-09, 18 on 2026-01-10
        LocalDate birth = LocalDate.of(2008, 1, 10);

        assertThat(Redactor.minorOn(null, birth, LocalDate.of(2026, 1, 9))).isTrue();
        assertThat(Redactor.minorOn("E12345678", birth, LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(Redactor.minorOn(null, null, LocalDate.of(2026, 1, 9))).isFalse();
        // the ID number, where it carries a birth date, is what counts
        assertThat(Redactor.minorOn("320684199001011234", birth, LocalDate.of(2026, 1, 9))).isFalse();
    }

    @Test
    void an_id_number_without_a_valid_birth_date_says_nothing_about_age() {
        assertThat(Redactor.minorOn("320684201713451234", null, LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(Redactor.birthDate("abc")).isEmpty();
    }
}
