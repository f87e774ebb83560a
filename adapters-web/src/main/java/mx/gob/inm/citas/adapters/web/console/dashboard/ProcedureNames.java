package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.Language;

/** Procedures by code with their names in the page's language; an unknown code is shown as itself. */
final class ProcedureNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> names = new LinkedHashMap<>();
    private final String all;

    ProcedureNames(List<Procedure> catalogue, Language language, Figures figures) {
        catalogue.forEach(p -> names.put(p.code().value(), p.name().in(language)));
        all = figures.text("console.dashboard.allProcedures");
    }

    String of(ProcedureCode code) {
        return names.getOrDefault(code.value(), code.value());
    }

    /** The procedure's name, or "all procedures" for none. */
    String of(Optional<ProcedureCode> code) {
        return code.map(this::of).orElse(all);
    }

    /** "Canje de visa (CANJE-RT)", or "all procedures" for none: a filter as a file states it. */
    String described(Optional<String> code) {
        return code.map(c -> names.getOrDefault(c, c) + " (" + c + ")").orElse(all);
    }

    /** Code → name, in the catalogue's order (for the filter). */
    Map<String, String> all() {
        return names;
    }
}
