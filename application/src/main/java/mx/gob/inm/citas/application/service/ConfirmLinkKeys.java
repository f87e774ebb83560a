package mx.gob.inm.citas.application.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * The key of the verification mail's confirm link: HMAC-SHA256 over the confirmation code and the hold's current
 * verification code, under a secret only the server knows, in base64url (43 characters). It cannot be guessed
 * (unlike the 6-digit code, which the mail also carries for typing), differs per hold, and changes with the
 * verification code, so a link mailed before the address was changed no longer opens anything. (Here, not in the
 * domain: the domain uses nothing but {@code java.*}, and HMAC is {@code javax.crypto}.)
 */
final class ConfirmLinkKeys {

    /** At least 256 bits of secret. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec secret;

    ConfirmLinkKeys(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The link secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), HMAC);
    }

    /** The key of {@code appointment}'s link, as of its current verification code. */
    String keyOf(Appointment appointment) {
        return keyOf(appointment.code(), appointment.verificationCode());
    }

    String keyOf(ConfirmationCode code, String verificationCode) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            byte[] digest = mac.doFinal((code.value() + "\n" + verificationCode).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code key} is the key of {@code appointment}'s current link, compared in constant time. */
    boolean opens(Appointment appointment, String key) {
        if (key == null) {
            return false;
        }
        return MessageDigest.isEqual(keyOf(appointment).getBytes(StandardCharsets.US_ASCII),
                key.strip().getBytes(StandardCharsets.UTF_8));
    }
}
