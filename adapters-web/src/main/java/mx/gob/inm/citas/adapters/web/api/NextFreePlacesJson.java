package mx.gob.inm.citas.adapters.web.api;

import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.NextFreePlaces;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.OfficePlace;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * Where a procedure can be booked soonest: the offices in order, each with its next free place or none. External
 * clients rely on these member names: change them only in a new version of the API.
 */
public record NextFreePlacesJson(String procedure, String procedureName, String state, int daysAhead,
        long officesWithPlaces, List<OfficeJson> offices) {

    static NextFreePlacesJson of(NextFreePlaces found, Language language) {
        return new NextFreePlacesJson(found.procedure().code().value(), found.procedure().name().in(language),
                found.state().map(s -> s.code()).orElse(null), found.daysAhead(), found.withPlaces(),
                found.offices().stream().map(OfficeJson::of).toList());
    }

    /**
     * An office and its next free place: the start with the office's UTC offset, its office-local date and the places
     * left then. The three are absent when nothing is free in the booking window.
     */
    public record OfficeJson(String officeId, String name, String stateCode, String state, String city,
            String timeZone, String nextFreeStart, String nextFreeDate, Integer remaining) {

        static OfficeJson of(OfficePlace place) {
            var office = place.office();
            return new OfficeJson(office.id().value(), office.name(), office.state().code(), office.state().name(),
                    office.city(), office.timeZone().getId(),
                    place.next().map(s -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.start())).orElse(null),
                    place.date().map(Object::toString).orElse(null),
                    place.next().map(s -> s.remaining()).orElse(null));
        }
    }
}
