package mx.gob.inm.citas.adapters.web.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.StaffRole;

/**
 * The audit log in the page's language: each action in words ("Consultó datos de un solicitante") and the details
 * the use cases record in a fixed form ("tried to read as STAFF", "12 appointments", "from 2026-11-30T09:00 to
 * 2026-11-30T09:30", in the office's local time) said again in words; a detail in no known form is shown as it was
 * recorded (a closure's reason, typed by staff, is part of a closure's detail; staff's reasons for changing an
 * appointment are not recorded here, only on the appointment).
 */
final class AuditWords {

    /** A recorded form and the key that says it; the groups are the key's arguments (a role is said in words). */
    private record Form(Pattern pattern, String key) {
    }

    private static final String ROLES = "(ADMIN|SUPERVISOR|STAFF)";
    /** The office's local date and time, as the use cases record it (ISO, {@code 2026-11-30T09:00}). */
    private static final String LOCAL_TIME = "([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}:[0-9]{2})";
    private static final String UNDONE_STEPS = "(CHECK_IN|MARK_ATTENDED|MARK_NO_SHOW)";
    private static final List<Form> FORMS = List.of(
            form("tried to read as " + ROLES, "console.audit.detail.triedToRead"),
            form("tried to change as " + ROLES, "console.audit.detail.triedToChange"),
            form("tried to (.+) as " + ROLES, "console.audit.detail.triedTo"),
            form("administrators only", "console.audit.detail.adminOnly"),
            form("unknown username", "console.audit.detail.unknownUsername"),
            form("wrong password", "console.audit.detail.wrongPassword"),
            form("account disabled", "console.audit.detail.accountDisabled"),
            form("created", "console.audit.detail.created"),
            form("changed", "console.audit.detail.changed"),
            form("details changed", "console.audit.detail.detailsChanged"),
            form("activated", "console.audit.detail.activated"),
            form("deactivated", "console.audit.detail.deactivated"),
            form("filled in by hand", "console.audit.detail.byHand"),
            form("([0-9]+) appointments", "console.audit.detail.appointments"),
            form("([0-9]+) appointments it would drop", "console.audit.detail.wouldDrop"),
            form("([0-9]+) found", "console.audit.detail.found"),
            form("([0-9]+) periods; places reduced", "console.audit.detail.periodsReduced"),
            form("([0-9]+) periods; changed", "console.audit.detail.periods"),
            form("role " + ROLES, "console.audit.detail.role"),
            form("role " + ROLES + ", offices \\[(.*)\\]", "console.audit.detail.roleOffices"),
            form("(.+); ([0-9]+) appointments cancelled", "console.audit.detail.cancelled"),
            form("closure (.+)", "console.audit.detail.closure"),
            form("new week", "console.audit.detail.newWeek"),
            form("nationwide", "console.audit.detail.nationwide"),
            form("([A-Z0-9-]+) at " + LOCAL_TIME + "; no e-mail address", "console.audit.detail.bookedNoEmail"),
            form("([A-Z0-9-]+) at " + LOCAL_TIME, "console.audit.detail.booked"),
            form("at " + LOCAL_TIME, "console.audit.detail.at"),
            form("from " + LOCAL_TIME + " to " + LOCAL_TIME, "console.audit.detail.moved"),
            form(UNDONE_STEPS + " undone", "console.audit.detail.undone"),
            form("proof( printed)?", "console.audit.detail.proof"),
            form("agenda ([0-9]{4}-[0-9]{2}-[0-9]{2})", "console.audit.detail.agenda"),
            form("walk-in pools none", "console.audit.detail.noPools"),
            form("walk-in pools (.+)", "console.audit.detail.pools"),
            form("windows none", "console.audit.detail.noWindows"),
            form("windows (.+)", "console.audit.detail.windows"),
            form("turns ([0-9]+:[0-9]+), conversion off", "console.audit.detail.turns"),
            form("turns ([0-9]+:[0-9]+), conversion ([0-9]+) min", "console.audit.detail.turnsConversion"),
            form("walk-in tokens ([A-Z]) on ([0-9]{4}-[0-9]{2}-[0-9]{2}): daily", "console.audit.detail.dayTokensDaily"),
            form("walk-in tokens ([A-Z]) on ([0-9]{4}-[0-9]{2}-[0-9]{2}): ([0-9]+)", "console.audit.detail.dayTokens"));

    private AuditWords() {
    }

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex), key);
    }

    /** The action in words, such as "Consultó datos de un solicitante". */
    static String action(AuditAction action, Locale locale) {
        return Texts.text(locale, "console.audit.action." + action.name());
    }

    /** The subject in words when it has a known form ("new week", "closure ..."); otherwise as recorded. */
    static String subject(String recorded, Locale locale) {
        return detail(recorded, locale);
    }

    /** The detail in words when it has a known form; otherwise as it was recorded. */
    static String detail(String recorded, Locale locale) {
        if (recorded == null || recorded.isBlank()) {
            return "";
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(recorded.strip());
            if (m.matches()) {
                Object[] arguments = new Object[m.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    String group = m.group(i + 1);
                    arguments[i] = isRole(group) ? Texts.text(locale, "console.audit.as." + group)
                            : isUndoneStep(group) ? Texts.text(locale, "console.audit.step." + group) : group;
                }
                return Texts.text(locale, form.key(), arguments);
            }
        }
        return recorded;
    }

    private static boolean isUndoneStep(String group) {
        return group != null && group.matches(UNDONE_STEPS);
    }

    private static boolean isRole(String group) {
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(group)) {
                return true;
            }
        }
        return false;
    }
}
