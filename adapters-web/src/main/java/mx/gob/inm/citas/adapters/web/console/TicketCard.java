package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;

/**
 * A walk-in token's printed ticket, in the page's language: the number (very large), the procedure, the office, the
 * time it was issued in the office's zone, how many people are called before it, and a QR code of its status page
 * ({@code /turno?office=…&number=…}, the address the person follows their place at). Nothing about the person.
 */
public final class TicketCard implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The public status page of one number, as the call display's side of the floor serves it. */
    static final String STATUS_PAGE = "/turno";

    private final String number;
    private final String procedure;
    private final String office;
    private final String officeAddress;
    private final String issued;
    private final String ahead;
    private final String priority;
    private final String statusUrl;
    private final String qrSvg;

    private TicketCard(String number, String procedure, String office, String officeAddress, String issued,
            String ahead, String priority, String statusUrl, String qrSvg) {
        this.number = number;
        this.procedure = procedure;
        this.office = office;
        this.officeAddress = officeAddress;
        this.issued = issued;
        this.ahead = ahead;
        this.priority = priority;
        this.statusUrl = statusUrl;
        this.qrSvg = qrSvg;
    }

    /**
     * The ticket of {@code visit} at {@code office}, {@code ahead} people before it; {@code procedureName} already in
     * the page's language; {@code baseUrl} the public address of the site ({@code citas.base-url}).
     */
    static TicketCard of(Visit visit, Office office, String procedureName, int ahead, String baseUrl) {
        ZonedDateTime issuedAt = visit.queuedAt().atZone(office.timeZone());
        String url = statusUrl(baseUrl, office.id().value(), visit.number().value());
        String number = visit.number().value();
        return new TicketCard(number, procedureName, office.name(), office.address(),
                Texts.text("console.ticket.issuedAt", Texts.date(issuedAt), Texts.time(issuedAt),
                        Texts.zoneName(office.timeZone())),
                Texts.text("console.ticket.ahead", ahead),
                visit.priority().isPriority() ? Texts.text("floor.priority." + visit.priority().name()) : "",
                url, QrCodeSvg.of(url, Texts.text("console.ticket.qrLabel", number)));
    }

    /** The status page of {@code number} at {@code officeId}, under {@code baseUrl}. */
    static String statusUrl(String baseUrl, String officeId, String number) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + STATUS_PAGE + "?office=" + URLEncoder.encode(officeId, StandardCharsets.UTF_8) + "&number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    public String getNumber() {
        return number;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getOffice() {
        return office;
    }

    public String getOfficeAddress() {
        return officeAddress;
    }

    /** "Emitida el miércoles, 2 de diciembre de 2026 a las 10:15 (hora del Centro)". */
    public String getIssued() {
        return issued;
    }

    /** "Personas antes que usted: 3". */
    public String getAhead() {
        return ahead;
    }

    /** The law's priority in words, or empty. */
    public String getPriority() {
        return priority;
    }

    public String getStatusUrl() {
        return statusUrl;
    }

    /** The QR code of {@link #getStatusUrl()}, an SVG element to write as it is. */
    public String getQrSvg() {
        return qrSvg;
    }
}
