package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.in.ManageCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.ProcedureDetails;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * The procedure catalogue in the console: everyone signed in reads it, only an admin adds or edits a procedure.
 * The documents to bring are typed as two lists, Spanish and English, paired line by line, so both must have the
 * same number of lines and none may be blank.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class CatalogueAdministrationService implements ManageCatalogueUseCase {

    private final ProcedureRepository procedures;
    private final StaffAccess access;

    @Inject
    public CatalogueAdministrationService(ProcedureRepository procedures, AuditLog audit, Clock clock) {
        this.procedures = procedures;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
    }

    /** For the CDI proxy only. */
    protected CatalogueAdministrationService() {
        this(null, null, null);
    }

    @Override
    public List<Procedure> procedures(StaffMember member) {
        return procedures.findAllAsStored();
    }

    @Override
    public Procedure create(StaffMember member, ProcedureDetails details) {
        access.admin(member, "create procedure " + details.code());
        ProcedureCode code = new ProcedureCode(details.code() == null ? null : details.code().strip());
        require(procedures.findByCode(code).isEmpty(), "procedureCode.taken", "A procedure with the code " + code
                + " already exists", code.value());
        procedures.save(Procedure.create(code, name(details), duration(details), requirements(details),
                details.bookableOnline()));
        access.record(member, AuditAction.PROCEDURE_CHANGED, null, code.value(), "created");
        return find(code);
    }

    @Override
    public Procedure edit(StaffMember member, ProcedureDetails details, long version) {
        access.admin(member, "change procedure " + details.code());
        String typed = details.code() == null ? "" : details.code().strip();
        if (!ProcedureCode.isWellFormed(typed)) {
            throw new ProcedureNotFoundException(typed);
        }
        ProcedureCode code = find(new ProcedureCode(typed)).code();
        procedures.save(Procedure.reconstitute(code, name(details), duration(details), requirements(details),
                details.bookableOnline(), version));
        access.record(member, AuditAction.PROCEDURE_CHANGED, null, code.value(), "changed");
        return find(code);
    }

    private static LocalizedText name(ProcedureDetails details) {
        return new LocalizedText(requireText(details.nameEs(), "procedureNameEs", "The name in Spanish"),
                requireText(details.nameEn(), "procedureNameEn", "The name in English"));
    }

    private static Duration duration(ProcedureDetails details) {
        return Duration.ofMinutes(details.durationMinutes());
    }

    private static List<LocalizedText> requirements(ProcedureDetails details) {
        List<String> spanish = details.requirementsEs();
        List<String> english = details.requirementsEn();
        require(spanish.size() == english.size(), "requirements.unpaired",
                "Each document to bring needs one line in Spanish and one in"
                + " English: there are " + spanish.size() + " lines in Spanish and " + english.size() + " in English",
                spanish.size(), english.size());
        List<LocalizedText> lines = new ArrayList<>();
        for (int i = 0; i < spanish.size(); i++) {
            String line = "Line " + (i + 1) + " of the documents to bring";
            lines.add(new LocalizedText(requireText(spanish.get(i), "requirementsEs", line + " in Spanish"),
                    requireText(english.get(i), "requirementsEn", line + " in English")));
        }
        return lines;
    }

    private Procedure find(ProcedureCode code) {
        return procedures.findByCode(code).orElseThrow(() -> new ProcedureNotFoundException(code.value()));
    }
}
