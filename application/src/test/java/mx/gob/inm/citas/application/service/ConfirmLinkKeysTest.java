package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CODE_1;
import static mx.gob.inm.citas.domain.DomainFixtures.CODE_2;
import static mx.gob.inm.citas.domain.DomainFixtures.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import org.junit.jupiter.api.Test;

class ConfirmLinkKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private final ConfirmLinkKeys keys = new ConfirmLinkKeys(secret("the secret of this database, 32+ bytes"));

    @Test
    void a_key_is_43_base64url_characters_and_opens_its_hold() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        String key = keys.keyOf(held);
        assertThat(key).matches("[A-Za-z0-9_-]{43}").doesNotContain(held.verificationCode());
        assertThat(keys.opens(held, key)).isTrue();
        assertThat(keys.opens(held, " " + key + "\n")).as("pasted with blanks around").isTrue();
        assertThat(keys.keyOf(held)).as("the same every time").isEqualTo(key);
    }

    @Test
    void each_hold_has_its_own_key_and_another_secret_makes_other_keys() {
        Appointment one = hold(CODE_1, "G1234567", NOW);
        Appointment two = hold(CODE_2, "G1234567", NOW);
        assertThat(keys.keyOf(one)).isNotEqualTo(keys.keyOf(two));
        assertThat(keys.opens(one, keys.keyOf(two))).isFalse();
        ConfirmLinkKeys elsewhere = new ConfirmLinkKeys(secret("another database's secret, 32+ bytes"));
        assertThat(elsewhere.keyOf(one)).isNotEqualTo(keys.keyOf(one));
        assertThat(elsewhere.opens(one, keys.keyOf(one))).isFalse();
    }

    @Test
    void the_key_changes_with_the_verification_code_so_old_links_die() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        String before = keys.keyOf(held);
        held.changeEmail(new EmailAddress("ana.bien@ejemplo.mx"), held.verificationCode().equals("654321")
                ? "123456" : "654321", NOW.plusSeconds(60));
        assertThat(keys.keyOf(held)).isNotEqualTo(before);
        assertThat(keys.opens(held, before)).isFalse();
    }

    @Test
    void the_six_digit_code_a_prefix_blank_or_missing_key_opens_nothing() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        String key = keys.keyOf(held);
        assertThat(keys.opens(held, held.verificationCode())).isFalse();
        assertThat(keys.opens(held, key.substring(0, 42))).isFalse();
        assertThat(keys.opens(held, key + "A")).isFalse();
        assertThat(keys.opens(held, "")).isFalse();
        assertThat(keys.opens(held, null)).isFalse();
        assertThat(keys.opens(held, "ñ".repeat(43))).isFalse();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new ConfirmLinkKeys(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfirmLinkKeys(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] secret(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
