package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import org.junit.jupiter.api.Test;

/** Every refusal the pages and the console translate has its text in Spanish and in English. */
class MessagesTest {

    private static final ResourceBundle.Control ONLY_THESE = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundle spanish = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT, ONLY_THESE);
    private final ResourceBundle english = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH, ONLY_THESE);

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (UnsafeTextException.Reason reason : UnsafeTextException.Reason.values()) {
            keys.add("text.unsafe." + reason.name());
        }
        keys.add("console.users.lastAdmin");
        // the domain's refusals (access.READ_ONLY, access.ADMIN_ONLY...) are RefusalMessagesTest's
        keys.add("console.refused.office");
        return keys;
    }

    @Test
    void every_refusal_translated_here_is_in_both_languages_and_the_spanish_is_no_english() {
        assertThat(english.getLocale()).isEqualTo(Locale.ENGLISH);
        for (String key : keys()) {
            assertThat(spanish.containsKey(key)).as("Spanish " + key).isTrue();
            assertThat(english.keySet()).as("English").contains(key);
            assertThat(spanish.getString(key)).as(key).isNotEqualTo(english.getString(key))
                    .doesNotContain("the ", "The ", "Type ", "Write ");
        }
    }

    @Test
    void each_file_has_every_key_of_the_other_so_no_page_shows_a_key_or_falls_back_to_the_other_language()
            throws java.io.IOException {
        java.util.Set<String> es = keysOf("Messages.properties");
        java.util.Set<String> en = keysOf("Messages_en.properties");

        assertThat(es).as("keys only in English").containsAll(en);
        assertThat(en).as("keys only in Spanish").containsAll(es);
        assertThat(es).contains("refusal.TOO_MANY_REQUESTS", "refusal.TOO_MANY_REQUESTS.holds-per-email",
                "refusal.TOO_MANY_REQUESTS.holds-per-passport", "refusal.PROOF_OF_WORK", "pow.working", "pow.failed",
                "console.signIn.tooMany");
    }

    private static java.util.Set<String> keysOf(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
