package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository.LoggedEvent;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link VisitRepository} must have; run against the fake and the real adapter. */
public abstract class VisitRepositoryContract extends RepositoryContract {

    protected abstract VisitRepository repository();

    private final OfficeId cdmx = DomainFixtures.cdmx().id();
    private final OfficeId tijuana = DomainFixtures.tijuana().id();
    private final LocalDate tuesday = LocalDate.of(2026, 12, 1);
    private final LocalDate wednesday = tuesday.plusDays(1);
    /** Tuesday 9:00 in Mexico City, and the minutes after it. */
    private final Instant nine = Instant.parse("2026-12-01T15:00:00Z");
    private final ConfirmationCode appointment = new ConfirmationCode(DomainFixtures.CODE_1);

    private Instant at(int minutesAfterNine) {
        return nine.plusSeconds(60L * minutesAfterNine);
    }

    private Visit walkIn(OfficeId office, LocalDate day, String number, Priority priority, int minute) {
        return Visit.walkIn(office, day, new DisplayNumber(number), DomainFixtures.CANJE_RT, priority,
                Optional.of("Ana Pérez"), at(minute));
    }

    private Visit checkedIn(String number, ConfirmationCode code, int minute) {
        return Visit.checkedIn(cdmx, tuesday, new DisplayNumber(number), code, DomainFixtures.RENOV_RT,
                Instant.parse("2026-12-01T16:30:00Z"), Priority.PREGNANT, at(minute));
    }

    private static VisitEvent joined(Visit visit) {
        return new VisitEvent(visit.office(), visit.day(), visit.number(),
                visit.kind() == VisitKind.WALK_IN ? VisitEventKind.ISSUED : VisitEventKind.CHECKED_IN,
                visit.queuedAt(), Optional.empty(), Optional.of("recepcion.uno"), "");
    }

    private Visit add(Visit visit) {
        inTransaction(() -> repository().add(visit, joined(visit)));
        return stored(visit);
    }

    private Visit stored(Visit visit) {
        return inTransaction(() -> repository().find(visit.office(), visit.day(), visit.number())).orElseThrow();
    }

    private boolean call(Visit waiting, int window, int minute) {
        VisitEvent event = waiting.call(window, at(minute)).by("ventanilla." + window);
        return inTransaction(() -> repository().tryCall(waiting, event));
    }

    @Test
    void numbers_count_from_one_for_each_office_day_and_letter() {
        assertThat(inTransaction(() -> repository().nextNumber(cdmx, tuesday, 'A'))).isEqualTo(1);
        assertThat(inTransaction(() -> repository().nextNumber(cdmx, tuesday, 'A'))).isEqualTo(2);
        assertThat(inTransaction(() -> repository().nextNumber(cdmx, tuesday, 'C'))).isEqualTo(1);
        assertThat(inTransaction(() -> repository().nextNumber(cdmx, wednesday, 'A'))).isEqualTo(1);
        assertThat(inTransaction(() -> repository().nextNumber(tijuana, tuesday, 'A'))).isEqualTo(1);
        assertThat(inTransaction(() -> repository().nextNumber(cdmx, tuesday, 'A'))).isEqualTo(3);
    }

    @Test
    void a_walk_in_is_found_by_office_day_and_number_with_every_field_as_added() {
        Visit added = walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0);

        Visit found = add(added);

        assertThat(found.office()).isEqualTo(cdmx);
        assertThat(found.day()).isEqualTo(tuesday);
        assertThat(found.number()).isEqualTo(new DisplayNumber("A-001"));
        assertThat(found.kind()).isEqualTo(VisitKind.WALK_IN);
        assertThat(found.procedure()).isEqualTo(DomainFixtures.CANJE_RT);
        assertThat(found.priority()).isEqualTo(Priority.NONE);
        assertThat(found.personName()).contains("Ana Pérez");
        assertThat(found.appointment()).isEmpty();
        assertThat(found.slotStart()).isEmpty();
        assertThat(found.queuedAt()).isEqualTo(at(0));
        assertThat(found.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(found.window()).isEmpty();
        assertThat(found.targetWindow()).isEmpty();
        assertThat(found.calls()).isZero();
        assertThat(found.firstCalledAt()).isEmpty();
        assertThat(found.startedAt()).isEmpty();
        assertThat(found.finishedAt()).isEmpty();
        assertThat(inTransaction(() -> repository().find(cdmx, wednesday, new DisplayNumber("A-001")))).isEmpty();
        assertThat(inTransaction(() -> repository().find(tijuana, tuesday, new DisplayNumber("A-001")))).isEmpty();
    }

    @Test
    void a_checked_in_appointment_is_found_by_its_code_whatever_its_state() {
        Visit visit = add(checkedIn("C-001", appointment, 2));

        Visit found = inTransaction(() -> repository().findByAppointment(appointment)).orElseThrow();
        assertThat(found.number()).isEqualTo(new DisplayNumber("C-001"));
        assertThat(found.kind()).isEqualTo(VisitKind.APPOINTMENT);
        assertThat(found.appointment()).contains(appointment);
        assertThat(found.slotStart()).contains(Instant.parse("2026-12-01T16:30:00Z"));
        assertThat(found.priority()).isEqualTo(Priority.PREGNANT);
        assertThat(found.personName()).isEmpty();

        VisitEvent withdrawn = visit.withdraw(at(3));
        inTransaction(() -> repository().update(visit, withdrawn));
        assertThat(inTransaction(() -> repository().findByAppointment(appointment)).orElseThrow().status())
                .isEqualTo(VisitStatus.WITHDRAWN);
        assertThat(inTransaction(() -> repository().findByAppointment(
                new ConfirmationCode(DomainFixtures.CODE_2)))).isEmpty();
    }

    @Test
    void a_second_visit_with_the_same_number_or_of_the_same_appointment_is_refused() {
        add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        add(checkedIn("C-001", appointment, 1));

        Visit sameNumber = walkIn(cdmx, tuesday, "A-001", Priority.OLDER_ADULT, 5);
        assertThatThrownBy(() -> add(sameNumber)).isInstanceOf(IllegalStateException.class);
        Visit sameAppointment = checkedIn("C-002", appointment, 6);
        assertThatThrownBy(() -> add(sameAppointment)).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> repository().open(cdmx, tuesday))).extracting(Visit::number)
                .containsExactlyInAnyOrder(new DisplayNumber("A-001"), new DisplayNumber("C-001"));
        assertThat(inTransaction(() -> repository().log(cdmx, tuesday))).hasSize(2);
        // the same number on another day or at another office is another visit
        add(walkIn(cdmx, wednesday, "A-001", Priority.NONE, 0));
        add(walkIn(tijuana, tuesday, "A-001", Priority.NONE, 0));
    }

    @Test
    void the_open_visits_of_a_day_are_those_waiting_called_or_at_a_window() {
        Visit waiting = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit called = add(walkIn(cdmx, tuesday, "A-002", Priority.NONE, 1));
        Visit serving = add(walkIn(cdmx, tuesday, "A-003", Priority.NONE, 2));
        Visit finished = add(walkIn(cdmx, tuesday, "A-004", Priority.NONE, 3));
        Visit absent = add(walkIn(cdmx, tuesday, "A-005", Priority.NONE, 4));
        Visit withdrawn = add(checkedIn("C-001", appointment, 5));
        add(walkIn(cdmx, wednesday, "A-001", Priority.NONE, 0));
        add(walkIn(tijuana, tuesday, "A-001", Priority.NONE, 0));
        call(called, 1, 10);
        call(serving, 2, 10);
        step(stored(serving), v -> v.start(2, at(11)));
        call(finished, 3, 10);
        step(stored(finished), v -> v.start(3, at(11)));
        step(stored(finished), v -> v.finish(3, at(20)));
        call(absent, 4, 10);
        step(stored(absent), v -> v.markNoShow(4, at(15)));
        step(withdrawn, v -> v.withdraw(at(6)));

        assertThat(inTransaction(() -> repository().open(cdmx, tuesday)))
                .extracting(v -> v.number().value(), Visit::status)
                .containsExactlyInAnyOrder(tuple("A-001", VisitStatus.WAITING),
                        tuple("A-002", VisitStatus.CALLED),
                        tuple("A-003", VisitStatus.SERVING));
        assertThat(waiting.status()).isEqualTo(VisitStatus.WAITING);
    }

    private void step(Visit visit, Function<Visit, VisitEvent> change) {
        VisitEvent event = change.apply(visit);
        inTransaction(() -> repository().update(visit, event));
    }

    @Test
    void a_waiting_visit_is_called_once_and_stored_as_called_at_that_window() {
        Visit waiting = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit seenByAnotherWindow = stored(waiting);

        assertThat(call(waiting, 1, 7)).isTrue();
        assertThat(call(seenByAnotherWindow, 2, 7)).as("the other window read it waiting too").isFalse();

        Visit called = stored(waiting);
        assertThat(called.status()).isEqualTo(VisitStatus.CALLED);
        assertThat(called.window()).contains(1);
        assertThat(called.calls()).isEqualTo(1);
        assertThat(called.firstCalledAt()).contains(at(7));
        assertThat(called.version()).isGreaterThan(waiting.version());
        assertThat(inTransaction(() -> repository().log(cdmx, tuesday))).extracting(e -> e.event().kind())
                .containsExactly(VisitEventKind.ISSUED, VisitEventKind.CALLED);
    }

    @Test
    void a_call_decided_on_a_visit_that_took_a_step_since_it_was_read_is_refused_though_it_waits_again() {
        Visit waiting = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit readBefore = stored(waiting);
        call(waiting, 1, 5);
        step(stored(waiting), v -> v.transfer(1, Optional.of(2), Optional.empty(), at(8)));
        assertThat(stored(waiting).status()).isEqualTo(VisitStatus.WAITING);

        assertThat(call(readBefore, 3, 9)).as("sent to window 2 meanwhile").isFalse();

        Visit transferred = stored(waiting);
        assertThat(transferred.targetWindow()).contains(2);
        assertThat(call(transferred, 2, 10)).isTrue();
        assertThat(stored(waiting).window()).contains(2);
    }

    @Test
    void a_step_stores_the_visits_new_state_and_a_step_from_an_older_read_is_a_conflict() {
        Visit visit = add(checkedIn("C-001", appointment, 0));
        call(visit, 4, 3);
        Visit atWindow = stored(visit);
        Visit readTwice = stored(visit);
        step(atWindow, v -> v.recall(4, at(4)));
        step(stored(visit), v -> v.start(4, at(5)));
        step(stored(visit), v -> v.transfer(4, Optional.empty(), Optional.of(DomainFixtures.CANJE_RT), at(9)));

        Visit transferred = stored(visit);
        assertThat(transferred.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(transferred.procedure()).isEqualTo(DomainFixtures.CANJE_RT);
        assertThat(transferred.window()).isEmpty();
        assertThat(transferred.startedAt()).isEmpty();
        assertThat(transferred.calls()).isZero();
        assertThat(transferred.firstCalledAt()).contains(at(3));

        VisitEvent stale = readTwice.recall(4, at(10));
        assertThatThrownBy(() -> inTransaction(() -> repository().update(readTwice, stale)))
                .isInstanceOf(EditConflictException.class);
        assertThat(stored(visit).status()).isEqualTo(VisitStatus.WAITING);
        assertThat(inTransaction(() -> repository().log(cdmx, tuesday))).extracting(e -> e.event().kind())
                .containsExactly(VisitEventKind.CHECKED_IN, VisitEventKind.CALLED, VisitEventKind.RECALLED,
                        VisitEventKind.STARTED, VisitEventKind.TRANSFERRED);
    }

    @Test
    void a_finished_visit_keeps_when_it_was_called_started_and_finished() {
        Visit visit = add(walkIn(cdmx, tuesday, "A-001", Priority.DISABILITY, 0));
        call(visit, 1, 12);
        step(stored(visit), v -> v.start(1, at(14)));
        step(stored(visit), v -> v.finish(1, at(31)));

        Visit finished = stored(visit);
        assertThat(finished.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(finished.window()).as("where it was served").contains(1);
        assertThat(finished.firstCalledAt()).contains(at(12));
        assertThat(finished.startedAt()).contains(at(14));
        assertThat(finished.finishedAt()).contains(at(31));
        assertThat(finished.priority()).isEqualTo(Priority.DISABILITY);
    }

    @Test
    void the_names_walk_ins_gave_are_forgotten_for_the_days_before_the_one_given_and_only_those() {
        Visit tuesdays = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit wednesdays = add(walkIn(cdmx, wednesday, "A-001", Priority.NONE, 0));

        assertThat(inTransaction(() -> repository().forgetNamesBefore(wednesday))).isEqualTo(1);

        assertThat(stored(tuesdays).personName()).isEmpty();
        assertThat(stored(tuesdays).number()).isEqualTo(tuesdays.number());
        assertThat(stored(wednesdays).personName()).contains("Ana Pérez");
        assertThat(inTransaction(() -> repository().forgetNamesBefore(wednesday))).as("nothing left").isZero();
    }

    @Test
    void the_log_keeps_every_step_in_order_with_who_where_and_why_and_its_length_grows_with_each() {
        assertThat(inTransaction(() -> repository().logLength(cdmx))).isZero();
        Visit visit = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        assertThat(inTransaction(() -> repository().logLength(cdmx))).isEqualTo(1);
        add(walkIn(tijuana, tuesday, "A-001", Priority.NONE, 0));
        assertThat(inTransaction(() -> repository().logLength(cdmx))).as("another office's step").isEqualTo(1);
        call(visit, 3, 4);
        step(stored(visit), v -> v.transfer(3, Optional.of(5), Optional.of(DomainFixtures.RENOV_RT), at(6)));

        List<LoggedEvent> log = inTransaction(() -> repository().log(cdmx, tuesday));

        assertThat(log).extracting(e -> e.event().kind()).containsExactly(VisitEventKind.ISSUED,
                VisitEventKind.CALLED, VisitEventKind.TRANSFERRED);
        assertThat(log.get(0).position()).isPositive();
        assertThat(log.get(1).position()).isGreaterThan(log.get(0).position());
        assertThat(log.get(2).position()).isGreaterThan(log.get(1).position());
        assertThat(inTransaction(() -> repository().logLength(cdmx))).isEqualTo(3);
        VisitEvent issued = log.get(0).event();
        assertThat(issued.by()).contains("recepcion.uno");
        assertThat(issued.window()).isEmpty();
        assertThat(issued.detail()).isEmpty();
        assertThat(issued.at()).isEqualTo(at(0));
        VisitEvent called = log.get(1).event();
        assertThat(called.by()).contains("ventanilla.3");
        assertThat(called.window()).contains(3);
        assertThat(called.office()).isEqualTo(cdmx);
        assertThat(called.day()).isEqualTo(tuesday);
        assertThat(called.number()).isEqualTo(new DisplayNumber("A-001"));
        VisitEvent transferred = log.get(2).event();
        assertThat(transferred.window()).contains(3);
        assertThat(transferred.detail()).isEqualTo("window 5, RENOV-RT");
        assertThat(transferred.by()).isEmpty();
        assertThat(inTransaction(() -> repository().log(cdmx, wednesday))).isEmpty();
    }

    @Test
    void the_latest_calls_are_the_calls_and_recalls_of_the_day_latest_first() {
        Visit first = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit second = add(walkIn(cdmx, tuesday, "A-002", Priority.NONE, 1));
        Visit third = add(walkIn(cdmx, tuesday, "A-003", Priority.NONE, 2));
        Visit otherDay = add(walkIn(cdmx, wednesday, "A-001", Priority.NONE, 0));
        call(first, 1, 5);
        call(second, 2, 6);
        step(stored(first), v -> v.recall(1, at(7)));
        step(stored(second), v -> v.start(2, at(8)));
        call(third, 3, 9);
        call(otherDay, 1, 10);

        assertThat(inTransaction(() -> repository().latestCalls(cdmx, tuesday, 3)))
                .extracting(e -> e.event().number().value(), e -> e.event().kind())
                .containsExactly(tuple("A-003", VisitEventKind.CALLED),
                        tuple("A-001", VisitEventKind.RECALLED),
                        tuple("A-002", VisitEventKind.CALLED));
        assertThat(inTransaction(() -> repository().latestCalls(cdmx, tuesday, 6))).hasSize(4);
        assertThat(inTransaction(() -> repository().latestCalls(tijuana, tuesday, 6))).isEmpty();
    }

    @Test
    void the_latest_called_kinds_count_the_first_calls_of_visits_without_priority_latest_first() {
        Visit walkIn = add(walkIn(cdmx, tuesday, "A-001", Priority.NONE, 0));
        Visit priority = add(walkIn(cdmx, tuesday, "A-002", Priority.OLDER_ADULT, 1));
        Visit booked = add(Visit.checkedIn(cdmx, tuesday, new DisplayNumber("C-001"), appointment,
                DomainFixtures.CANJE_RT, Instant.parse("2026-12-01T16:00:00Z"), Priority.NONE, at(2)));
        Visit later = add(walkIn(cdmx, tuesday, "A-003", Priority.NONE, 3));
        Visit notCalled = add(walkIn(cdmx, tuesday, "A-004", Priority.NONE, 4));
        call(walkIn, 1, 10);
        call(priority, 2, 11);
        call(booked, 3, 12);
        call(later, 4, 13);
        // transferred and called again: its turn was taken at its first call
        step(stored(walkIn), v -> v.transfer(1, Optional.of(2), Optional.empty(), at(14)));
        call(stored(walkIn), 2, 15);

        assertThat(inTransaction(() -> repository().latestCalledKinds(cdmx, tuesday, 10)))
                .containsExactly(VisitKind.WALK_IN, VisitKind.APPOINTMENT, VisitKind.WALK_IN);
        assertThat(inTransaction(() -> repository().latestCalledKinds(cdmx, tuesday, 2)))
                .containsExactly(VisitKind.WALK_IN, VisitKind.APPOINTMENT);
        assertThat(inTransaction(() -> repository().latestCalledKinds(cdmx, wednesday, 10))).isEmpty();
        assertThat(notCalled.status()).isEqualTo(VisitStatus.WAITING);
    }
}
