package mx.gob.inm.citas.adapters.persistence;

import java.time.Duration;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.LocalizedText;

/** Maps procedures between the domain and {@link ProcedureEntity}. */
final class ProcedureMapper {

    private ProcedureMapper() {
    }

    static Procedure toDomain(ProcedureEntity e) {
        return Procedure.reconstitute(new ProcedureCode(e.code), text(e.nameEs, e.nameEn),
                Duration.ofMinutes(e.durationMinutes),
                e.requirements.stream().map(r -> text(r.spanish, r.english)).toList(),
                e.bookableOnline, e.version);
    }

    private static LocalizedText text(String spanish, String english) {
        return new LocalizedText(StoredText.read(spanish), StoredText.read(english));
    }

    /** Copies the procedure onto {@code e}, a new or a managed entity, replacing its requirement lines. */
    static ProcedureEntity copy(Procedure procedure, ProcedureEntity e) {
        e.code = procedure.code().value();
        e.nameEs = procedure.name().spanish();
        e.nameEn = procedure.name().english();
        e.durationMinutes = (int) procedure.duration().toMinutes();
        e.bookableOnline = procedure.isBookableOnline();
        e.requirements.clear();
        procedure.requirements().forEach(r -> e.requirements.add(new RequirementText(r.spanish(), r.english())));
        return e;
    }
}
