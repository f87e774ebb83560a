package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link AuditLog} must have; run against the fake and the real adapter. */
public abstract class AuditLogContract extends RepositoryContract {

    private static final Instant NINE = Instant.parse("2026-11-30T15:00:00Z");
    private static final OfficeId CDMX = DomainFixtures.cdmx().id();
    private static final OfficeId TIJUANA = DomainFixtures.tijuana().id();

    private final AuditEntry signedIn = entry(0, "ana.lopez", AuditAction.SIGNED_IN, null, "ana.lopez", "");
    private final AuditEntry viewed = entry(1, "ana.lopez", AuditAction.VIEWED_APPLICANT_DATA, CDMX,
            "agenda 2026-11-30", "3 appointments");
    private final AuditEntry checkedIn = entry(2, "ana.lopez", AuditAction.CHECKED_IN, CDMX, DomainFixtures.CODE_1,
            "");
    private final AuditEntry otherCheckIn = entry(3, "marco", AuditAction.CHECKED_IN, TIJUANA,
            DomainFixtures.CODE_2, "");
    private final AuditEntry created = entry(4, "admin", AuditAction.STAFF_CREATED, null, "marco",
            "role STAFF, offices [bc-tijuana]");

    protected abstract AuditLog log();

    private static AuditEntry entry(int minute, String actor, AuditAction action, OfficeId office, String subject,
            String detail) {
        return new AuditEntry(NINE.plus(Duration.ofMinutes(minute)), actor, action, office, subject, detail);
    }

    /** Records the five entries, not in the order they happened. */
    private void recorded() {
        inTransaction(() -> {
            log().record(viewed);
            log().record(created);
            log().record(signedIn);
            log().record(otherCheckIn);
            log().record(checkedIn);
        });
    }

    private List<AuditEntry> find(String actor, AuditAction action, OfficeId office, String subject, Instant from,
            Instant to) {
        return inTransaction(() -> log().find(new AuditQuery(actor, action, office, subject, from, to, 100)));
    }

    @Test
    void entries_come_back_as_recorded_newest_first() {
        recorded();

        assertThat(inTransaction(() -> log().find(AuditQuery.latest(100))))
                .containsExactly(created, otherCheckIn, checkedIn, viewed, signedIn);
    }

    @Test
    void no_more_entries_than_the_limit_come_back_and_they_are_the_newest() {
        recorded();

        assertThat(inTransaction(() -> log().find(AuditQuery.latest(2)))).containsExactly(created, otherCheckIn);
    }

    @Test
    void of_entries_made_at_the_same_instant_the_one_recorded_last_comes_first() {
        AuditEntry first = new AuditEntry(NINE, "ana.lopez", AuditAction.MARKED_ATTENDED, CDMX, "A", "");
        AuditEntry second = new AuditEntry(NINE, "ana.lopez", AuditAction.MARKED_ATTENDED, CDMX, "B", "");
        inTransaction(() -> log().record(first));
        inTransaction(() -> log().record(second));

        assertThat(inTransaction(() -> log().find(AuditQuery.latest(10)))).containsExactly(second, first);
    }

    @Test
    void the_actor_filter_finds_what_one_person_did_however_the_name_is_typed() {
        recorded();

        assertThat(find(" Ana.Lopez ", null, null, null, null, null)).containsExactly(checkedIn, viewed, signedIn);
    }

    @Test
    void the_action_filter_finds_one_kind_of_entry() {
        recorded();

        assertThat(find(null, AuditAction.CHECKED_IN, null, null, null, null)).containsExactly(otherCheckIn,
                checkedIn);
    }

    @Test
    void the_office_filter_finds_what_was_done_in_one_office() {
        recorded();

        assertThat(find(null, null, CDMX, null, null, null)).containsExactly(checkedIn, viewed);
    }

    @Test
    void the_subject_filter_finds_what_was_done_to_one_thing_not_by_it() {
        recorded();

        assertThat(find(null, null, null, "marco", null, null)).containsExactly(created);
        assertThat(find(null, null, null, DomainFixtures.CODE_1, null, null)).containsExactly(checkedIn);
    }

    @Test
    void the_time_filter_includes_its_start_and_excludes_its_end() {
        recorded();

        assertThat(find(null, null, null, null, viewed.at(), otherCheckIn.at())).containsExactly(checkedIn, viewed);
    }

    @Test
    void filters_combine() {
        recorded();

        assertThat(find("ana.lopez", AuditAction.CHECKED_IN, CDMX, null, NINE, NINE.plus(Duration.ofHours(1))))
                .containsExactly(checkedIn);
        assertThat(find("marco", null, CDMX, null, null, null)).isEmpty();
    }

    @Test
    void every_action_can_be_recorded() {
        inTransaction(() -> Arrays.stream(AuditAction.values())
                .forEach(action -> log().record(new AuditEntry(NINE, "admin", action, null, action.name(), ""))));

        assertThat(inTransaction(() -> log().find(AuditQuery.latest(100)))).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.values());
    }

    @Test
    void the_longest_texts_an_entry_keeps_fit_accents_and_all() {
        AuditEntry longest = new AuditEntry(NINE, "ñ".repeat(200), AuditAction.SIGN_IN_REFUSED, CDMX,
                "é".repeat(300), "ü".repeat(600));
        assertThat(longest.detail()).hasSize(AuditEntry.MAX_TEXT);
        inTransaction(() -> log().record(longest));

        assertThat(inTransaction(() -> log().find(AuditQuery.latest(1)))).containsExactly(longest);
    }
}
