package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import mx.gob.inm.citas.adapters.web.api.CallBoardJson;
import mx.gob.inm.citas.adapters.web.api.PublicApi;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The call display of an office at {@code /display/{office}} ({@link DisplayAddress}), for a screen across a waiting
 * room: the latest call large, the previous ones below, how many wait, the office's local time; Spanish first with
 * English beside it, whatever the browser asks for. The page's script follows the office's event stream (or polls)
 * from the board read here. Without an office, the offices' displays to choose from; an unknown office is a 404
 * page that says so. Only display numbers, never a person.
 */
@Named
@RequestScoped
public class DisplayView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    FollowQueueUseCase follow;
    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    Clock clock;

    private String office;
    private CallBoard board;
    private boolean notFound;
    private List<OfficeLink> offices = List.of();
    private String contextPath = "";

    /** A call as the display shows it: "A-017 → Ventanilla 3 / Window 3", at 10:42, perhaps called again. */
    public record DisplayCall(String number, int window, String time, String at, boolean recall) {

        public String getNumber() {
            return number;
        }

        public String getTime() {
            return time;
        }

        public boolean isRecall() {
            return recall;
        }

        public String getWindowSpanish() {
            return Texts.text(Language.SPANISH.locale(), "display.window", window);
        }

        public String getWindowEnglish() {
            return Texts.text(Language.ENGLISH.locale(), "display.window", window);
        }
    }

    /** An office whose display may be opened: its name, city and state, and the display's address. */
    public record OfficeLink(String name, String where, String url) {

        public String getName() {
            return name;
        }

        public String getWhere() {
            return where;
        }

        public String getUrl() {
            return url;
        }
    }

    /** The page's data, once per request; an unknown office answers 404. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        load(external.getRequestContextPath());
        if (notFound) {
            external.setResponseStatus(404);
        }
    }

    void load(String contextPath) {
        this.contextPath = contextPath;
        if (office == null || office.isBlank()) {
            Collator byName = Collator.getInstance(Language.SPANISH.locale());
            offices = catalogue.activeOffices().stream()
                    .sorted(Comparator.comparing(Office::name, byName))
                    .map(o -> new OfficeLink(o.name(), o.city() + ", " + o.state().name(),
                            contextPath + "/display/" + o.id().value()))
                    .toList();
            return;
        }
        try {
            board = follow.board(office, CallBoardJson.CALLS);
        } catch (OfficeNotFoundException unknown) {
            notFound = true;
        }
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    /** Whether an office's board is shown. */
    public boolean isShowing() {
        return board != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** Whether no office was named: the page lists the offices' displays. */
    public boolean isChoosing() {
        return board == null && !notFound;
    }

    public List<OfficeLink> getOffices() {
        return offices;
    }

    public String getOfficeId() {
        return board.office().id().value();
    }

    public String getOfficeName() {
        return board.office().name();
    }

    public String getZone() {
        return zone().getId();
    }

    /** The office's wall clock now, "10:42" (the script keeps it running). */
    public String getLocalTime() {
        return TIME.format(clock.instant().atZone(zone()));
    }

    /**
     * The server's clock now, in milliseconds since the epoch: the script runs the office's clock from it, so a
     * screen whose own clock is wrong still shows the office's time.
     */
    public long getNow() {
        return clock.millis();
    }

    /** The latest call, or null before the day's first. */
    public DisplayCall getLatest() {
        return board.calls().isEmpty() ? null : row(board.calls().get(0));
    }

    /**
     * The latest call as the script tells calls apart ("A-017|3|2026-12-01T10:42:05-06:00", as the API writes them),
     * so that it chimes for a call made after the page was read, a recall included; empty before the first.
     */
    public String getLatestKey() {
        DisplayCall latest = getLatest();
        return latest == null ? "" : latest.number() + "|" + latest.window() + "|" + latest.at();
    }

    /** The calls before the latest, latest first. */
    public List<DisplayCall> getPrevious() {
        return board.calls().stream().skip(1).map(this::row).toList();
    }

    public int getWaiting() {
        return board.waiting();
    }

    public long getPosition() {
        return board.position();
    }

    /** Where the script polls, and the stream it follows. */
    public String getCallsUrl() {
        return contextPath + PublicApi.PATH + "/offices/" + URLEncoder.encode(getOfficeId(), StandardCharsets.UTF_8)
                + "/calls";
    }

    public String getStreamUrl() {
        return getCallsUrl() + "/stream";
    }

    /** The page's texts in Spanish, whatever the browser asks: {@code #{displayView.spanish['display.waiting']}}. */
    public ResourceBundle getSpanish() {
        return ResourceBundle.getBundle(Texts.BUNDLE, Language.SPANISH.locale());
    }

    /** The same texts in English, shown beside the Spanish ones. */
    public ResourceBundle getEnglish() {
        return ResourceBundle.getBundle(Texts.BUNDLE, Language.ENGLISH.locale());
    }

    private DisplayCall row(CallBoard.Call call) {
        return new DisplayCall(call.number().value(), call.window(), TIME.format(call.at().atZone(zone())),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(call.at().atZone(zone())), call.recall());
    }

    private ZoneId zone() {
        return board.office().timeZone();
    }
}
