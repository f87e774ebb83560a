package mx.gob.inm.citas.adapters.web.pages;

/** A verification code as people type or paste it: "123 456", "123-456" and " 123456 " are all 123456. */
final class VerificationCodes {

    private VerificationCodes() {
    }

    static String typed(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\-]", "");
    }
}
