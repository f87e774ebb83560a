package mx.gob.inm.citas.domain.office;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Map;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The name of an office's time zone as people in Mexico say it: the four zones of the Ley del Sistema de Horario
 * ("hora del Centro", "hora del Sureste", "hora del Pacífico", "hora del Noroeste"), and the northern border's
 * municipalities that keep the United States' summer time. "Eastern Time" for Cancún would read as New York's.
 */
public final class ZoneName {

    private enum MexicanZone {
        SOUTHEAST("hora del Sureste", "Mexico Southeast Time"),
        CENTRAL("hora del Centro", "Mexico Central Time"),
        CENTRAL_BORDER("hora del Centro, frontera norte", "Mexico Central Time, northern border"),
        PACIFIC("hora del Pacífico", "Mexico Pacific Time"),
        PACIFIC_BORDER("hora del Pacífico, frontera norte", "Mexico Pacific Time, northern border"),
        NORTHWEST("hora del Noroeste", "Mexico Northwest Time");

        private final String spanish;
        private final String english;

        MexicanZone(String spanish, String english) {
            this.spanish = spanish;
            this.english = english;
        }
    }

    private static final Map<String, MexicanZone> ZONES = Map.ofEntries(
            Map.entry("America/Cancun", MexicanZone.SOUTHEAST),
            Map.entry("America/Mexico_City", MexicanZone.CENTRAL),
            Map.entry("America/Merida", MexicanZone.CENTRAL),
            Map.entry("America/Monterrey", MexicanZone.CENTRAL),
            Map.entry("America/Chihuahua", MexicanZone.CENTRAL),
            Map.entry("America/Bahia_Banderas", MexicanZone.CENTRAL),
            Map.entry("America/Matamoros", MexicanZone.CENTRAL_BORDER),
            Map.entry("America/Mazatlan", MexicanZone.PACIFIC),
            Map.entry("America/Hermosillo", MexicanZone.PACIFIC),
            Map.entry("America/Ciudad_Juarez", MexicanZone.PACIFIC_BORDER),
            Map.entry("America/Ojinaga", MexicanZone.CENTRAL_BORDER),
            Map.entry("America/Tijuana", MexicanZone.NORTHWEST));

    private ZoneName() {
    }

    /** "hora del Centro" for {@code America/Mexico_City}; a zone outside Mexico by the platform's own name. */
    public static String of(ZoneId zone, Language language) {
        MexicanZone mexican = ZONES.get(zone.getId());
        if (mexican == null) {
            return zone.getDisplayName(TextStyle.FULL, language.locale());
        }
        return language == Language.SPANISH ? mexican.spanish : mexican.english;
    }

    /** "hora del Centro (America/Mexico_City)": the name and, for staff, the zone's identifier. */
    public static String withId(ZoneId zone, Language language) {
        return of(zone, language) + " (" + zone.getId() + ")";
    }
}
