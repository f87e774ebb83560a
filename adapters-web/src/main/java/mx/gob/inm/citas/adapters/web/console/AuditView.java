package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.in.BrowseAuditLogUseCase;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/** The admin's view of the audit log, filtered by person, action, office, subject and days (Mexico City time). */
@Named("auditLog")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CENTRAL = ZoneId.of("America/Mexico_City");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    transient BrowseAuditLogUseCase audit;

    @Inject
    CurrentStaff staff;

    private String actor;
    private String action;
    private String office;
    private String subject;
    private String from;
    private String to;
    private List<AuditEntry> entries = List.of();
    private boolean refused;

    public void load() {
        search();
    }

    public void search() {
        try {
            entries = audit.find(staff.member(), new AuditQuery(actor, action == null || action.isBlank() ? null
                    : AuditAction.valueOf(action), office == null || !OfficeId.isWellFormed(office) ? null
                    : new OfficeId(office), subject, day(from, 0), day(to, 1), 500));
        } catch (OfficeAccessDeniedException e) {
            refused = true;
            entries = List.of();
            Texts.errorText(null, ConsoleRefusal.of(e, null).text(Texts.locale()));
        }
    }

    /** The entry's action in the page's language. */
    public String action(AuditEntry entry) {
        return AuditWords.action(entry.action(), Texts.locale());
    }

    /** The entry's subject in the page's language, when recorded in a known form. */
    public String subject(AuditEntry entry) {
        return AuditWords.subject(entry.subject(), Texts.locale());
    }

    /** The entry's detail in the page's language, when recorded in a known form. */
    public String detail(AuditEntry entry) {
        return AuditWords.detail(entry.detail(), Texts.locale());
    }

    private static java.time.Instant day(String typed, int plusDays) {
        try {
            return typed == null || typed.isBlank() ? null
                    : LocalDate.parse(typed).plusDays(plusDays).atStartOfDay(CENTRAL).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.at().atZone(CENTRAL));
    }

    /** The actions to filter by, in words. */
    public List<SelectItem> getActions() {
        return Arrays.stream(AuditAction.values())
                .map(a -> new SelectItem(a.name(), AuditWords.action(a, Texts.locale()))).toList();
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
