package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places this visitor held in this session, by confirmation code, with the passport number that opens each:
 * the verify step's address ({@code /?hold=CODE}) then works after a reload or a trip to the mail app, without
 * putting the passport number in the address.
 */
@SessionScoped
public class HeldPlaces implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A visitor holds a few places at most; older ones make room. */
    static final int KEPT = 5;

    private final Map<String, String> passports = new LinkedHashMap<>();

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
}
