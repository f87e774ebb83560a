package mx.gob.inm.citas.adapters.web.pages;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The address of each booking step, so that Back, Forward and reload show what the person chose last: the choice
 * ({@code /?office=…&procedure=…&step=choose}), the calendar ({@code /?office=…&procedure=…}), the details
 * ({@code …&start=…}), and the held place ({@code /?hold=CODE}: verify, then confirmed). A step that succeeds
 * answers with a redirect to the next one (POST-redirect-GET), so no reload asks to send a form again.
 */
final class BookingAddresses {

    private BookingAddresses() {
    }

    static String choose(String officeId, String procedureCode) {
        return home(params("office", officeId, "procedure", procedureCode, "step", officeId == null ? null : "choose"));
    }

    static String calendar(String officeId, String procedureCode) {
        return home(params("office", officeId, "procedure", procedureCode));
    }

    static String details(String officeId, String procedureCode, Instant start) {
        return home(params("office", officeId, "procedure", procedureCode, "start", start.toString()));
    }

    static String hold(String confirmationCode) {
        return home(params("hold", confirmationCode));
    }

    private static String home(Map<String, String> params) {
        return "/" + query(params);
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                params.put(pairs[i], pairs[i + 1]);
            }
        }
        return params;
    }

    private static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /**
     * Answers the current POST with a redirect to {@code address} (relative to the application), keeping the
     * page's messages for the next page when {@code keepMessages}.
     */
    static void redirect(String address, boolean keepMessages) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (keepMessages) {
            external.getFlash().setKeepMessages(true);
        }
        try {
            external.redirect(external.getRequestContextPath() + address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
