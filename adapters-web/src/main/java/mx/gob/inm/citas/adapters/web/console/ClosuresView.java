package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ClosureRequest;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase.ClosureOutcome;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.FederalRestDays.RestDay;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Closures of an office ({@code ?office=…}): the federal rest days of the year, the closures ahead, and, for a member
 * who may work in the office, a form to close a day or a range (a supervisor only reads). Closing first shows the
 * appointments it would cancel and asks to confirm; then each applicant gets an apology by e-mail.
 */
@Named("closures")
@ViewScoped
public class ClosuresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManageClosuresUseCase closures;

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient Clock clock;

    @Inject
    CurrentStaff staff;

    private String office;
    private List<Office> offices = List.of();
    private List<Closure> ahead = List.of();
    private List<RestDay> restDays = List.of();
    private int year;
    private boolean refused;
    /** Whether the member may close the office (the domain's answer when the page was shown or last refused). */
    private boolean writable;
    private boolean nationwide;
    private String firstDay;
    private String lastDay;
    private String reason;
    /** The appointments the closure in the form would cancel, once previewed; null before. */
    private List<AgendaRow> affected;
    /** Of the appointments listed, those with no e-mail address: "code, name, phone" for staff to call. */
    private List<String> notMailed = List.of();

    public void load() {
        offices = agenda.offices(staff.member());
        if (office == null || office.isBlank()) {
            office = offices.isEmpty() ? null : offices.get(0).id().value();
        }
        year = today().getYear();
        restDays = closures.federalRestDays(year);
        refresh();
        writable = mayWorkNow();
    }

    public void preview() {
        Optional<ClosureRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        if (!attempt(() -> {
            List<Appointment> listed = closures.affectedBy(staff.member(), request.get());
            affected = listed.stream().map(this::row).toList();
            notMailed = callees(listed.stream().filter(a -> a.applicant().email().isEmpty()).toList());
        })) {
            writable = mayWorkNow();
        }
    }

    public void close() {
        Optional<ClosureRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        ClosureOutcome[] outcome = new ClosureOutcome[1];
        if (attempt(() -> outcome[0] = closures.close(staff.member(), request.get()))) {
            List<Appointment> unmailed = outcome[0].notMailed();
            if (unmailed.isEmpty()) {
                Texts.info("console.closures.closed", outcome[0].cancelled().size());
            } else {
                Texts.warn("console.closures.closedNotAllMailed", outcome[0].cancelled().size(),
                        outcome[0].mailed().size(), unmailed.size(), String.join("; ", callees(unmailed)));
            }
            notMailed = List.of();
            affected = null;
            firstDay = null;
            lastDay = null;
            reason = null;
            nationwide = false;
            refresh();
        } else {
            writable = mayWorkNow();
        }
    }

    /**
     * Removes a closure listed ahead: its days open again; the appointments it cancelled stay cancelled, and the
     * page says so.
     */
    public void remove(Closure closure) {
        if (attempt(() -> closures.remove(staff.member(), closure))) {
            Texts.info("console.closures.removed");
            refresh();
        } else {
            writable = mayWorkNow();
        }
    }

    /** Whether {@code closure} is offered for removal: not begun, and this member may close its office. */
    public boolean removable(Closure closure) {
        return writable && closure.firstDay().isAfter(today())
                && (!closure.isNationwide() || staff.member().isAdmin());
    }

    /** "¿Quitar el cierre de Oficina … del martes, 1 de diciembre de 2026 al …?" */
    public String removeConfirmOf(Closure closure) {
        return Texts.text("console.closures.removeConfirm", scopeNameOf(closure), Texts.date(closure.firstDay()),
                Texts.date(closure.lastDay()));
    }

    /** The closure in the form, named by office and days, with the appointments it cancels. */
    public String getCloseConfirmText() {
        LocalDate first = parsed(firstDay);
        LocalDate last = lastDay == null || lastDay.isBlank() ? first : parsed(lastDay);
        String scope = nationwide ? Texts.text("console.closures.nationwide") : officeName(office);
        return Texts.text("console.closures.closeConfirm", scope, first == null ? "" : Texts.date(first),
                last == null ? "" : Texts.date(last), affected == null ? 0 : affected.size());
    }

    private static LocalDate parsed(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String scopeNameOf(Closure closure) {
        return closure.office().map(id -> officeName(id.value())).orElse(Texts.text("console.closures.nationwide"));
    }

    private String officeName(String id) {
        return offices.stream().filter(o -> o.id().value().equals(id)).findFirst().map(Office::name).orElse(id);
    }

    public void changeForm() {
        affected = null;
        notMailed = List.of();
    }

    private void refresh() {
        if (office != null) {
            attempt(() -> ahead = closures.closures(staff.member(), office, today()));
        }
    }

    private Optional<ClosureRequest> request() {
        LocalDate first = day(firstDay, "closures:firstDay");
        LocalDate last = lastDay == null || lastDay.isBlank() ? first : day(lastDay, "closures:lastDay");
        if (reason == null || reason.isBlank()) {
            Texts.error("closures:reason", "console.closures.reasonRequired");
            return Optional.empty();
        }
        if (first == null || last == null) {
            return Optional.empty();
        }
        return Optional.of(new ClosureRequest(nationwide ? null : office, first, last, reason.strip()));
    }

    private static LocalDate day(String typed, String field) {
        try {
            if (typed == null || typed.isBlank()) {
                Texts.error(field, "console.closures.dayRequired");
                return null;
            }
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            Texts.error(field, "console.closures.dayRequired");
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    private ZoneId zone() {
        return offices.stream().filter(o -> o.id().value().equals(office)).findFirst().map(Office::timeZone)
                .orElse(ZoneId.of("America/Mexico_City"));
    }

    private boolean attempt(Runnable call) {
        return ConsoleAttempt.attempt(call, office, () -> refused = true);
    }

    /** Asks the domain whether the member, as stored now, may change things in the office shown. */
    private boolean mayWorkNow() {
        return !refused && OfficeId.isWellFormed(office) && staff.member().mayWorkIn(new OfficeId(office));
    }

    private AgendaRow row(Appointment a) {
        return AgendaRow.of(a, offices, a.procedure().value());
    }

    public String scopeOf(Closure closure) {
        return closure.office().map(id -> id.value()).orElse(Texts.text("console.closures.nationwide"));
    }

    public List<Office> getOffices() {
        return offices;
    }

    public List<Closure> getAhead() {
        return ahead;
    }

    public List<RestDay> getRestDays() {
        return restDays;
    }

    public int getYear() {
        return year;
    }

    public boolean isRefused() {
        return refused;
    }

    /** Whether the page offers the form to close the office. */
    public boolean isWritable() {
        return writable;
    }

    /** Each applicant without an e-mail address in words: code, name and the phone to call (or that there is none). */
    private static List<String> callees(List<Appointment> unmailed) {
        return unmailed.stream().map(a -> a.applicant().phone().filter(p -> !p.isBlank())
                .map(p -> Texts.text("console.closures.callee", a.code().value(), a.applicant().fullName(), p))
                .orElseGet(() -> Texts.text("console.closures.calleeNoPhone", a.code().value(),
                        a.applicant().fullName()))).toList();
    }

    public List<String> getNotMailed() {
        return notMailed;
    }

    public List<AgendaRow> getAffected() {
        return affected;
    }

    public String getConfirmText() {
        return Texts.text("console.closures.confirm", affected == null ? 0 : affected.size());
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public boolean isNationwide() {
        return nationwide;
    }

    public void setNationwide(boolean nationwide) {
        this.nationwide = nationwide;
    }

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
