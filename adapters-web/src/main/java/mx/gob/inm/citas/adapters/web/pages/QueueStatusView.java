package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.inm.citas.adapters.web.api.PublicApi;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.office.ZoneName;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * The status page of a number at {@code /turno?office=…&number=…} (what a ticket's QR code opens), and its small
 * form: the number, its procedure, the people ahead, or the window once called, in the page's language. The page's
 * script asks the API every 15 seconds while the number is on the floor and reloads when anything changed. Nothing
 * about the person. Loaded once per request by {@link #load()}; the getters only read what it found.
 */
@Named
@RequestScoped
public class QueueStatusView {

    static final String OFFICE = "office";
    static final String NUMBER = "number";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    FollowQueueUseCase follow;
    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    PageLanguage language;

    private String office;
    private String number;
    private List<Option> offices = List.of();
    private QueueStatus status;
    private String officeError;
    private String numberError;
    private String contextPath = "";

    /** An office of the select: its id and name. */
    public record Option(String value, String label) {
    }

    public void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        load(external.getRequestParameterMap(), external.getRequestContextPath());
    }

    /** {@link #load()} with what the request sent, and the application's context path for the links. */
    void load(Map<String, String> sent, String contextPath) {
        this.contextPath = contextPath;
        Collator byName = Collator.getInstance(locale());
        offices = catalogue.activeOffices().stream()
                .map(o -> new Option(o.id().value(), o.name()))
                .sorted(Comparator.comparing(Option::label, byName)).toList();
        // the form sent or the QR code opened (either in the address), or a postback (the language switch)
        if (!sent.containsKey(OFFICE) && !sent.containsKey(NUMBER) && office == null && number == null) {
            return;
        }
        if (office == null || office.isBlank()) {
            officeError = Texts.text(locale(), "turno.office.required");
        }
        if (number == null || number.isBlank()) {
            numberError = Texts.text(locale(), "turno.number.required");
        }
        if (officeError != null || numberError != null) {
            return;
        }
        try {
            status = follow.status(office, number);
            number = status.number().value();
        } catch (OfficeNotFoundException unknown) {
            officeError = Refusals.text(unknown, locale());
        } catch (DomainException refused) {
            // not a display number, or none such today at the office
            numberError = Refusals.text(refused, locale());
        }
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public List<Option> getOffices() {
        return offices;
    }

    public String getOfficeError() {
        return officeError;
    }

    public String getNumberError() {
        return numberError;
    }

    /** Whether a number was found: its status is shown. */
    public boolean isFound() {
        return status != null;
    }

    /** Whether the number is still on the floor (waiting, called, at a window): the page keeps itself current. */
    public boolean isOpen() {
        return status != null && status.status().isOpen();
    }

    /** Whether the person is wanted at a window now. */
    public boolean isCalled() {
        return status != null && status.status() == VisitStatus.CALLED;
    }

    /** What the person must know first: "Hay 3 personas antes que usted", "Lo estamos llamando a la ventanilla 3". */
    public String getHeadline() {
        if (status == null) {
            return null;
        }
        return switch (status.status()) {
            case WAITING -> status.ahead() == 0 ? Texts.text(locale(), "turno.WAITING.next")
                    : Texts.text(locale(), "turno.WAITING.ahead", status.ahead());
            case CALLED, SERVING -> Texts.text(locale(), "turno." + status.status().name(),
                    status.window().orElse(0));
            default -> Texts.text(locale(), "turno." + status.status().name());
        };
    }

    public String getProcedureName() {
        return status == null ? null : status.procedure().name().in(language.current());
    }

    public String getOfficeName() {
        return status == null ? null : status.office().name();
    }

    /** "Desde las 10:42, hora del Centro": when the number joined the queue, at the office. */
    public String getQueuedAt() {
        if (status == null) {
            return null;
        }
        var zone = status.office().timeZone();
        return Texts.text(locale(), "turno.queuedAt", TIME.format(status.queuedAt().atZone(zone)),
                ZoneName.of(zone, language.current()));
    }

    /** The people ahead, while waiting. */
    public int getAhead() {
        return status == null ? 0 : status.ahead();
    }

    /** What the script compares with the API's answer: the state, the people ahead and the window. */
    public String getSignature() {
        return status == null ? "" : status.status().name() + "|" + status.ahead() + "|"
                + status.window().map(String::valueOf).orElse("");
    }

    /** The API's status of this number, which the script asks. */
    public String getStatusUrl() {
        return status == null ? null : contextPath + PublicApi.PATH + "/offices/" + encode(status.office().id()
                .value()) + "/queue/" + encode(status.number().value());
    }

    /** This page's own address for the number (reload and Back after the language switch ask for it). */
    public String getAddress() {
        if (status == null) {
            return "/turno";
        }
        return "/turno?" + OFFICE + "=" + encode(status.office().id().value()) + "&" + NUMBER + "="
                + encode(status.number().value());
    }

    /** The office's call display. */
    public String getDisplayUrl() {
        return status == null ? null : contextPath + DisplayAddress.PATH + "/" + encode(status.office().id().value());
    }

    private Locale locale() {
        return language.current().locale();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
