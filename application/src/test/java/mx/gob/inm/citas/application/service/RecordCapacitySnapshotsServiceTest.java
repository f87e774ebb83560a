package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import org.junit.jupiter.api.Test;

/**
 * The nightly snapshots on fakes. The first run is at 01:30 on Tuesday 1 December in Mexico City, which is 23:30 on
 * Monday in Tijuana: Mexico City's Monday has ended, Tijuana's Sunday is the last day that has.
 */
class RecordCapacitySnapshotsServiceTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate MONDAY = SUNDAY.plusDays(1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final CapacityWorld world = new CapacityWorld();
    private final Office cdmx = world.cdmx;
    private final Office tijuana = world.tijuana;

    @Test
    void each_office_records_the_day_that_ended_once_whoever_runs_the_job() {
        // on Monday in Mexico City: a booking for Wednesday made at 10:00, a cancellation at 12:00
        world.book(cdmx, CANJE_RT, CapacityWorld.at(cdmx, MONDAY.plusDays(2), "09:00"),
                CapacityWorld.at(cdmx, MONDAY, "10:00"), true);
        world.cancelledByApplicant(cdmx, RENOV_RT, CapacityWorld.at(cdmx, MONDAY.plusDays(3), "09:00"),
                CapacityWorld.at(cdmx, MONDAY, "12:00"));
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY, "01:30"));

        assertThat(world.runNightly("instance-a")).isEqualTo(2);
        assertThat(world.runNightly("instance-b")).isZero(); // the lease is instance-a's
        assertThat(world.runNightly("instance-a")).isZero(); // already recorded

        List<CapacitySnapshot> monday = world.snapshots.between(cdmx.id(), MONDAY, MONDAY);
        assertThat(monday).extracting(CapacitySnapshot::procedure).containsExactly(CANJE_RT, RENOV_RT);
        CapacitySnapshot exchange = monday.get(0);
        // the booking of Monday 10:00 and the cancelled one's booking (made Saturday) — one booking on Monday
        assertThat(exchange.bookings()).isEqualTo(1);
        assertThat(snapshot(monday, RENOV_RT).cancellations()).isEqualTo(1);
        assertThat(exchange.measured()).isPresent();
        // bookable from 03:30 on Tuesday: Tuesday's 09:00 is free, 0 days away that morning
        assertThat(exchange.daysToNextFree()).hasValue(0L);
        assertThat(exchange.nextFree()).hasValueSatisfying(next -> assertThat(next.date()).isEqualTo(TUESDAY));
        assertThat(world.snapshots.between(tijuana.id(), SUNDAY, SUNDAY)).hasSize(2);
    }

    @Test
    void days_missed_while_no_instance_ran_are_filled_in_without_the_measurement_they_missed() {
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY, "01:30"));
        world.runNightly("instance-a");

        // nothing runs until Friday 4 December, 01:30 in Mexico City (Thursday 23:30 in Tijuana)
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY.plusDays(3), "01:30"));
        assertThat(world.runNightly("instance-b")).isEqualTo(6); // the lease ran out meanwhile

        assertThat(world.snapshots.between(cdmx.id(), TUESDAY, TUESDAY.plusDays(2)))
                .extracting(CapacitySnapshot::day, s -> s.measured().isPresent())
                .containsExactly(
                        tuple(TUESDAY, false),
                        tuple(TUESDAY, false),
                        tuple(TUESDAY.plusDays(1), false),
                        tuple(TUESDAY.plusDays(1), false),
                        tuple(TUESDAY.plusDays(2), true),
                        tuple(TUESDAY.plusDays(2), true));
    }

    @Test
    void a_missed_day_can_be_recorded_by_hand_once_and_only_once_it_has_ended() {
        world.book(cdmx, CANJE_RT, CapacityWorld.at(cdmx, MONDAY, "09:00"),
                CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 20), "10:00"), true);

        assertThat(world.nightly.recordMissed(world.admin, cdmx.id().value(), LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(world.nightly.recordMissed(world.admin, cdmx.id().value(), LocalDate.of(2026, 11, 20))).isFalse();

        CapacitySnapshot filled = snapshot(world.snapshots.between(cdmx.id(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20)), CANJE_RT);
        assertThat(filled.bookings()).isEqualTo(1);
        assertThat(filled.measured()).isEmpty();
        assertThatThrownBy(() -> world.nightly.recordMissed(world.admin, cdmx.id().value(), MONDAY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(world.audited(AuditAction.CAPACITY_SNAPSHOT_RECORDED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("2026-11-20"));
    }

    @Test
    void an_admin_fills_in_a_day_while_the_nightly_job_holds_its_lease_and_the_job_fills_in_the_rest() {
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY, "01:30"));
        world.runNightly("instance-a");
        // nothing runs for a week; at 10:00 on Tuesday 8 December an admin fills in Friday 4 December by hand
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY.plusDays(7), "01:30"));
        world.leases.tryAcquire(RecordCapacitySnapshotsService.JOB, "instance-a", world.clock.instant(),
                RecordCapacitySnapshotsService.LEASE);
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY.plusDays(7), "10:00"));

        assertThat(world.nightly.recordMissed(world.admin, cdmx.id().value(), LocalDate.of(2026, 12, 4))).isTrue();

        // the next night the job fills in Mexico City's days before and after it: 1-3 and 5-7 December
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY.plusDays(8), "01:30"));
        world.runNightly("instance-a");
        assertThat(world.snapshots.between(cdmx.id(), TUESDAY, TUESDAY.plusDays(7)).stream()
                .map(CapacitySnapshot::day).distinct()).hasSize(8);
    }

    @Test
    void only_an_admin_may_fill_in_a_day_by_hand_and_a_refusal_is_audited() {
        assertThatThrownBy(() -> world.nightly.recordMissed(world.cdmxSupervisor, world.cdmx.id().value(),
                LocalDate.of(2026, 11, 20))).isInstanceOf(OfficeAccessDeniedException.class);

        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(1);
        assertThat(world.snapshots.lastDay(cdmx.id())).isEmpty();
    }

    @Test
    void the_lease_lets_another_instance_take_over_once_it_has_run_out() {
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY, "01:30"));
        world.runNightly("instance-a");
        world.clock.set(CapacityWorld.at(cdmx, TUESDAY.plusDays(1), "01:30"));

        assertThat(world.runNightly("instance-b")).isEqualTo(2);
        assertThat(world.snapshots.lastDay(cdmx.id())).hasValue(TUESDAY);
        assertThat(world.snapshots.lastDay(tijuana.id())).hasValue(MONDAY);
    }

    private static CapacitySnapshot snapshot(List<CapacitySnapshot> day, ProcedureCode procedure) {
        return day.stream().filter(s -> s.procedure().equals(procedure)).findFirst().orElseThrow(
                () -> new AssertionError("no snapshot of " + procedure + " in " + day));
    }
}
