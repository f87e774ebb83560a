package mx.gob.inm.citas.adapters.web.console;

import static mx.gob.inm.citas.adapters.web.console.ConsoleAttempt.attempt;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ManageCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.ProcedureDetails;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.LocalizedText;

/**
 * The procedure catalogue: everyone signed in reads it; an admin adds a procedure or changes one's names,
 * duration, whether the public calendar offers it, and the documents to bring (one per line, Spanish and English
 * side by side). The form keeps the version it was opened at, so someone else's change is never overwritten.
 */
@Named("proceduresPage")
@ViewScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's field for each subject a refusal may be about; what was typed stays in the form. */
    private static final Map<String, String> FIELDS = Map.of("procedureCode", "procedures:code",
            "procedureName", "procedures:nameEs", "procedureNameEs", "procedures:nameEs",
            "procedureNameEn", "procedures:nameEn", "duration", "procedures:duration",
            "requirements", "procedures:requirementsEs", "requirementsEs", "procedures:requirementsEs",
            "requirementsEn", "procedures:requirementsEn");

    @Inject
    transient ManageCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    private List<Procedure> procedures = List.of();
    /** The procedure in the form; null while adding a new one. */
    private String editing;
    private long version;
    private String code;
    private String nameEs;
    private String nameEn;
    private Integer durationMinutes = 30;
    private boolean bookableOnline = true;
    private String requirementsEs;
    private String requirementsEn;

    public void load() {
        refresh();
    }

    public void startNew() {
        editing = null;
        version = 0;
        code = null;
        nameEs = null;
        nameEn = null;
        durationMinutes = 30;
        bookableOnline = true;
        requirementsEs = null;
        requirementsEn = null;
    }

    /** Reads the catalogue again first, so the form starts from the version stored now. */
    public void edit(String procedureCode) {
        refresh();
        procedures.stream().filter(p -> p.code().value().equals(procedureCode)).findFirst().ifPresent(p -> {
            editing = procedureCode;
            version = p.version();
            code = procedureCode;
            nameEs = p.name().spanish();
            nameEn = p.name().english();
            durationMinutes = (int) p.duration().toMinutes();
            bookableOnline = p.isBookableOnline();
            requirementsEs = p.requirements().stream().map(LocalizedText::spanish).collect(Collectors.joining("\n"));
            requirementsEn = p.requirements().stream().map(LocalizedText::english).collect(Collectors.joining("\n"));
        });
    }

    public void save() {
        List<String> spanish = lines(requirementsEs);
        List<String> english = lines(requirementsEn);
        if (spanish.size() != english.size()) {
            Texts.error("procedures:requirementsEn", "console.procedures.requirementsMismatch", spanish.size(),
                    english.size());
            return;
        }
        boolean created = editing == null;
        String chosen = created ? (code == null ? null : code.strip()) : editing;
        ProcedureDetails details = new ProcedureDetails(chosen, nameEs, nameEn,
                durationMinutes == null ? 0 : durationMinutes, bookableOnline, spanish, english);
        if (attempt(() -> {
            if (created) {
                catalogue.create(staff.member(), details);
            } else {
                catalogue.edit(staff.member(), details, version);
            }
        }, null, () -> { }, FIELDS)) {
            Texts.info(created ? "console.procedures.created" : "console.procedures.saved", chosen);
            startNew();
            refresh();
        }
    }

    /** The non-blank lines typed, each stripped; blank lines between requirements are only spacing. */
    private static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void refresh() {
        attempt(() -> procedures = catalogue.procedures(staff.member()), null, () -> procedures = List.of());
    }

    public List<Procedure> getProcedures() {
        return procedures;
    }

    /** The procedure's name in the page's language. */
    public String nameOf(Procedure procedure) {
        return procedure.name().in(language.current());
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public boolean isBookableOnline() {
        return bookableOnline;
    }

    public void setBookableOnline(boolean bookableOnline) {
        this.bookableOnline = bookableOnline;
    }

    public String getRequirementsEs() {
        return requirementsEs;
    }

    public void setRequirementsEs(String requirementsEs) {
        this.requirementsEs = requirementsEs;
    }

    public String getRequirementsEn() {
        return requirementsEn;
    }

    public void setRequirementsEn(String requirementsEn) {
        this.requirementsEn = requirementsEn;
    }
}
