package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places this visitor held in this session, by confirmation code, with the passport number that opens each:
 * the verify step's address ({@code /?hold=CODE}) then works after a reload or a trip to the mail app, without
 * putting the passport number in the address. It also keeps what was typed on the details step until the place is
 * confirmed, so that another time (the first one taken meanwhile, a hold that ran out) starts with it.
 */
@SessionScoped
public class HeldPlaces implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A visitor holds a few places at most; older ones make room. */
    static final int KEPT = 5;

    private final Map<String, String> passports = new LinkedHashMap<>();
    private ApplicantForm typed;

    public synchronized void held(String confirmationCode, String passport) {
        passports.remove(confirmationCode);
        passports.put(confirmationCode, passport);
        while (passports.size() > KEPT) {
            passports.remove(passports.keySet().iterator().next());
        }
    }

    public synchronized Optional<String> passportOf(String confirmationCode) {
        return Optional.ofNullable(confirmationCode).map(passports::get);
    }

    public synchronized void typed(ApplicantForm form) {
        typed = new ApplicantForm();
        form.copyTo(typed);
    }

    /** Fills {@code form} with what was typed last, if anything. */
    public synchronized void restoreTyped(ApplicantForm form) {
        if (typed != null) {
            typed.copyTo(form);
        }
    }

    public synchronized void forgetTyped() {
        typed = null;
    }
}
