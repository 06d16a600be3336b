package org.fazhi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.publication.internal.SearchTerms;
import org.junit.jupiter.api.Test;

/** What the public search indexes and looks up. */
class SearchTermsTest {

    @Test
    void a_text_is_indexed_by_its_characters_pairs_and_whole_numbers() {
        assertThat(SearchTerms.ofText("王某占道，第12号")).contains("王", "王某", "某占", "占道", "第1", "12", "2号", "#12")
                .doesNotContain("道，", "，第");
    }

    @Test
    void a_two_character_query_is_one_pair() {
        assertThat(SearchTerms.ofQuery("占道")).containsExactly("占道");
    }

    @Test
    void a_one_character_query_is_that_character() {
        assertThat(SearchTerms.ofQuery("王")).containsExactly("王");
    }

    @Test
    void a_number_enclosed_in_the_query_is_looked_up_whole() {
        assertThat(SearchTerms.ofQuery("第1234号")).contains("#1234", "第1", "4号");
    }

    @Test
    void a_number_at_the_edge_of_the_query_may_be_part_of_a_longer_one_and_is_not_looked_up_whole() {
        assertThat(SearchTerms.ofQuery("1234号")).doesNotContain("#1234").contains("12", "4号");
    }

    @Test
    void full_width_letters_and_digits_are_the_same_as_half_width() {
        assertThat(SearchTerms.ofQuery("第１２号")).isEqualTo(SearchTerms.ofQuery("第12号"));
    }
}
