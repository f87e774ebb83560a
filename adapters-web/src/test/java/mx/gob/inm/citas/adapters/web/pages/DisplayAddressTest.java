package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The display's clean address: /display/{office} is the page with that office; a deeper path is no page. */
class DisplayAddressTest {

    @Test
    void an_office_after_display_is_the_pages_parameter() {
        assertThat(DisplayAddress.view("/cdmx-ciudad-de-mexico")).isEqualTo("/display.xhtml?office=cdmx-ciudad-de-mexico");
    }

    @Test
    void nothing_after_display_is_the_page_without_an_office() {
        assertThat(DisplayAddress.view(null)).isEqualTo("/display.xhtml");
        assertThat(DisplayAddress.view("/")).isEqualTo("/display.xhtml");
    }

    @Test
    void a_segment_that_is_no_office_id_is_passed_encoded_for_the_page_to_say_so() {
        assertThat(DisplayAddress.view("/a&office=b c")).isEqualTo("/display.xhtml?office=a%26office%3Db+c");
    }

    @Test
    void a_deeper_path_is_not_a_page() {
        assertThat(DisplayAddress.view("/cdmx-ciudad-de-mexico/x")).isNull();
        assertThat(DisplayAddress.view("/cdmx-ciudad-de-mexico/")).isNull();
    }
}
