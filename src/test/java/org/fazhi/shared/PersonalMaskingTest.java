package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one masking of personal data, one row a case. */
class PersonalMaskingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "王小明, 王某",
            "王二, 王某",
            "李, 李某",
            "' 张三 ', 张某",
            "欧阳小明, 欧阳某",
            "司马光, 司马某",
            "上官婉儿, 上官某",
            "诸葛亮, 诸葛某",
            "轩辕小红, 轩辕某",
            "钟离春, 钟离某",
            "独孤求败, 独孤某",
            "万俟卨, 万俟某",
            "单于小虎, 单于某",
            // two characters that happen to be a compound surname are a surname and a given name: 欧阳 is 欧某
            "欧阳, 欧某",
    })
    void a_natural_persons_name_is_its_surname_and_mou_keeping_compound_surnames(String name, String masked) {
        assertThat(PersonalMasking.name(name)).isEqualTo(masked);
    }

    @Test
    void an_organisations_name_is_no_personal_data() {
        assertThat(PersonalMasking.partyName("南通某某家纺有限公司", false)).isEqualTo("南通某某家纺有限公司");
        assertThat(PersonalMasking.partyName("王小明", true)).isEqualTo("王某");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "320684199001011234, 3206**********1234",
            "32068419900101123X, 3206**********123X",
            "32068419900101123x, 3206**********123x",
            "320684900101123, 3206*******1123",
            "３２０６８４１９９００１０１１２３Ｘ, 3206**********123X",
            "91320684MA1XYZ1234, 9132**********1234",
            "12345678, ****",
    })
    void an_id_number_keeps_only_its_first_and_last_four_characters(String id, String masked) {
        assertThat(PersonalMasking.idNumber(id)).isEqualTo(masked).doesNotContain("19900101");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "13912345678, 139****5678",
            "139-1234-5678, 139****5678",
            "+86 13912345678, 139****5678",
            "１３９１２３４５６７８, 139****5678",
            "0513-82881234, 0513-****1234",
            "051382881234, 0513****1234",
            "010-6512345, 010-***2345",
            "０５１３－８２８８１２３４, 0513-****1234",
            "82881234, ****1234",
            "12345, ****",
    })
    void a_phone_number_keeps_its_prefix_and_last_four_digits(String phone, String masked) {
        assertThat(PersonalMasking.phone(phone)).isEqualTo(masked);
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(PersonalMasking.name(null)).isNull();
        assertThat(PersonalMasking.idNumber(null)).isNull();
        assertThat(PersonalMasking.phone(null)).isNull();
        assertThat(PersonalMasking.scrub(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "身份证号320684199001011234，|身份证号＊＊＊，",
            "身份证号32068419900101123X登记|身份证号＊＊＊登记",
            "身份证号３２０６８４１９９００１０１１２３Ｘ登记|身份证号＊＊＊登记",
            "电话13912345678或0513-82881234|电话＊＊＊或＊＊＊",
            "电话１３９１２３４５６７８。|电话＊＊＊。",
            "罚款２０００元，第１２号（全角）|罚款２０００元，第１２号（全角）",
            "海三星罚决字〔2024〕第12号|海三星罚决字〔2024〕第12号",
    })
    void a_free_text_loses_every_id_and_phone_number_in_it(String text, String scrubbed) {
        assertThat(PersonalMasking.scrub(text)).isEqualTo(scrubbed);
    }

    @Test
    void a_party_is_masked_for_those_who_may_not_read_it_in_clear() {
        PartyData person = PartyData.of(" 欧阳小明 ", "320684199001011234", "13912345678", "三星镇林西村12组35号");

        assertThat(person.masked(true))
                .isEqualTo(new PartyData("欧阳某", "3206**********1234", "139****5678", null));
        assertThat(PartyData.of("南通某某家纺有限公司", " ", null, "").masked(false))
                .isEqualTo(new PartyData("南通某某家纺有限公司", null, null, null));
    }
}
