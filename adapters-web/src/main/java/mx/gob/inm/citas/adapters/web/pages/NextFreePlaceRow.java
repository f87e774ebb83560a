package mx.gob.inm.citas.adapters.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.OfficePlace;
import mx.gob.inm.citas.domain.office.ZoneName;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * One office of the search's results, in the page's language: where it is, its next free place in words ("martes 8
 * de diciembre, 09:00, hora del Centro") or that it has none, and the address that books there.
 */
public record NextFreePlaceRow(String officeId, String name, String where, String date, String when,
        String bookingUrl, String bookingLabel) {

    static NextFreePlaceRow of(OfficePlace place, Procedure procedure, int daysAhead, Language language,
            String contextPath) {
        var office = place.office();
        String where = Texts.text(language.locale(), "search.result.where", office.city(), office.state().name());
        String when = place.next().map(slot -> Texts.text(language.locale(), "search.result.when",
                DateTimeFormatter.ofPattern(Texts.text(language.locale(), "search.result.datePattern"),
                        language.locale()).format(slot.start()),
                DateTimeFormatter.ofPattern("HH:mm").format(slot.start()), ZoneName.of(office.timeZone(), language)))
                .orElseGet(() -> Texts.text(language.locale(), "search.result.full", daysAhead));
        String url = contextPath + "/?office=" + encode(office.id().value()) + "&procedure="
                + encode(procedure.code().value());
        return new NextFreePlaceRow(office.id().value(), office.name(), where,
                place.date().map(Object::toString).orElse(null), when, url,
                Texts.text(language.locale(), "search.result.book.label", procedure.name().in(language),
                        office.name()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Whether the office has a free place in the booking window. */
    public boolean hasPlace() {
        return date != null;
    }
}
