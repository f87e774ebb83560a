package mx.gob.inm.citas.application.contract;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.REGULARIZ_VENCIDO;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot.Measured;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link CapacitySnapshots} must have; run against the fake and the real adapter. */
public abstract class CapacitySnapshotsContract extends RepositoryContract {

    protected static final OfficeId CDMX = DomainFixtures.cdmx().id();
    protected static final OfficeId TIJUANA = DomainFixtures.tijuana().id();
    protected static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate SUNDAY = SATURDAY.plusDays(1);
    private static final LocalDate MONDAY = SATURDAY.plusDays(2);

    protected abstract CapacitySnapshots snapshots();

    protected abstract OfficeRepository offices();

    protected abstract ProcedureRepository procedures();

    @BeforeEach
    void the_catalogue_exists() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
            procedures().save(DomainFixtures.exchangeOfVisa());
            procedures().save(DomainFixtures.renewal());
            procedures().save(DomainFixtures.inPersonOnly());
        });
    }

    // Saturday measured (one procedure with a free day ahead, one with none free); Sunday filled in later, not
    // measured; Monday measured, its renewals free the same day
    private final CapacitySnapshot saturdayExchange = measured(CDMX, CANJE_RT, SATURDAY, 110, 20,
            Optional.of(LocalDate.of(2026, 12, 2)), 7, 2);
    private final CapacitySnapshot saturdayRenewal = measured(CDMX, RENOV_RT, SATURDAY, 55, 0, Optional.empty(), 3, 0);
    private final CapacitySnapshot sundayExchange = new CapacitySnapshot(CDMX, CANJE_RT, SUNDAY,
            Instant.parse("2026-12-01T07:05:00Z"), Optional.empty(), 4, 1);
    private final CapacitySnapshot sundayRenewal = new CapacitySnapshot(CDMX, RENOV_RT, SUNDAY,
            Instant.parse("2026-12-01T07:05:00Z"), Optional.empty(), 0, 0);
    private final CapacitySnapshot mondayExchange = measured(CDMX, CANJE_RT, MONDAY, 110, 18,
            Optional.of(LocalDate.of(2026, 12, 1)), 9, 3);
    private final CapacitySnapshot mondayRenewal = measured(CDMX, RENOV_RT, MONDAY, 55, 5, Optional.of(MONDAY.plusDays(1)), 1, 1);
    private final CapacitySnapshot tijuanaSunday = measured(TIJUANA, CANJE_RT, SUNDAY, 88, 88,
            Optional.of(LocalDate.of(2026, 11, 30)), 0, 0);

    private void recordedOutOfOrder() {
        inTransaction(() -> snapshots().record(List.of(mondayRenewal, mondayExchange)));
        inTransaction(() -> snapshots().record(List.of(saturdayExchange, saturdayRenewal)));
        inTransaction(() -> snapshots().record(List.of(tijuanaSunday)));
        inTransaction(() -> snapshots().record(List.of(sundayRenewal, sundayExchange)));
    }

    @Test
    void snapshots_come_back_as_recorded_by_day_then_procedure_between_two_days_both_included() {
        recordedOutOfOrder();

        assertThat(inTransaction(() -> snapshots().between(CDMX, SATURDAY, MONDAY))).containsExactly(
                saturdayExchange, saturdayRenewal, sundayExchange, sundayRenewal, mondayExchange, mondayRenewal);
        assertThat(inTransaction(() -> snapshots().between(CDMX, SUNDAY, SUNDAY)))
                .containsExactly(sundayExchange, sundayRenewal);
        assertThat(inTransaction(() -> snapshots().between(TIJUANA, SATURDAY, MONDAY))).containsExactly(tijuanaSunday);
        assertThat(inTransaction(() -> snapshots().between(CDMX, MONDAY.plusDays(1), MONDAY.plusDays(30)))).isEmpty();
    }

    @Test
    void a_day_is_recorded_for_its_office_only_and_the_last_day_is_the_latest_whatever_the_order_of_recording() {
        assertThat(inTransaction(() -> snapshots().lastDay(CDMX))).isEmpty();
        assertThat(inTransaction(() -> snapshots().hasDay(CDMX, SATURDAY))).isFalse();

        recordedOutOfOrder();

        assertThat(inTransaction(() -> snapshots().hasDay(CDMX, SATURDAY))).isTrue();
        assertThat(inTransaction(() -> snapshots().hasDay(CDMX, SUNDAY))).isTrue();
        assertThat(inTransaction(() -> snapshots().hasDay(CDMX, SATURDAY.minusDays(1)))).isFalse();
        assertThat(inTransaction(() -> snapshots().hasDay(TIJUANA, SATURDAY))).isFalse();
        assertThat(inTransaction(() -> snapshots().hasDay(TIJUANA, SUNDAY))).isTrue();
        assertThat(inTransaction(() -> snapshots().lastDay(CDMX))).contains(MONDAY); // Sunday was recorded last
        assertThat(inTransaction(() -> snapshots().lastDay(TIJUANA))).contains(SUNDAY);
        assertThat(inTransaction(() -> snapshots().lastDay(DomainFixtures.cancun().id()))).isEmpty();
    }

    @Test
    void a_second_snapshot_of_an_office_day_and_procedure_is_refused_and_stores_nothing_of_its_list() {
        inTransaction(() -> snapshots().record(List.of(saturdayExchange, saturdayRenewal)));
        CapacitySnapshot newProcedure = measured(CDMX, REGULARIZ_VENCIDO, SATURDAY, 10, 10, Optional.of(SATURDAY.plusDays(1)), 0,
                0);
        CapacitySnapshot again = measured(CDMX, RENOV_RT, SATURDAY, 60, 1, Optional.of(MONDAY), 30, 9);

        assertThatThrownBy(() -> inTransaction(() -> snapshots().record(List.of(newProcedure, again))))
                .isInstanceOf(EditConflictException.class);

        assertThat(inTransaction(() -> snapshots().between(CDMX, SATURDAY, SATURDAY)))
                .containsExactly(saturdayExchange, saturdayRenewal);
    }

    @Test
    void the_same_procedure_and_day_at_another_office_is_another_snapshot() {
        inTransaction(() -> snapshots().record(List.of(saturdayExchange)));
        CapacitySnapshot tijuanaSaturday = measured(TIJUANA, CANJE_RT, SATURDAY, 88, 80, Optional.of(SATURDAY.plusDays(1)), 8, 0);

        inTransaction(() -> snapshots().record(List.of(tijuanaSaturday)));

        assertThat(inTransaction(() -> snapshots().between(TIJUANA, SATURDAY, SATURDAY)))
                .containsExactly(tijuanaSaturday);
        assertThat(inTransaction(() -> snapshots().between(CDMX, SATURDAY, SATURDAY)))
                .containsExactly(saturdayExchange);
    }

    @Test
    void a_list_of_several_office_days_or_one_procedure_twice_is_not_one_office_day() {
        assertThatThrownBy(() -> inTransaction(() -> snapshots().record(List.of(saturdayExchange, sundayRenewal))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> snapshots().record(List.of(sundayExchange, tijuanaSunday))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> snapshots().record(List.of(saturdayExchange,
                measured(CDMX, CANJE_RT, SATURDAY, 1, 1, Optional.of(SATURDAY.plusDays(1)), 0, 0)))))
                .isInstanceOf(IllegalArgumentException.class);
        inTransaction(() -> snapshots().record(List.of()));

        assertThat(inTransaction(() -> snapshots().lastDay(CDMX))).isEmpty();
    }

    /** A snapshot the nightly job took at 01:05 at the office (07:05Z) after {@code day}. */
    protected static CapacitySnapshot measured(OfficeId office, ProcedureCode procedure, LocalDate day, long offered,
            long free, Optional<LocalDate> nextFree, long bookings, long cancellations) {
        return new CapacitySnapshot(office, procedure, day, day.plusDays(1).atTime(7, 5).toInstant(ZoneOffset.UTC),
                Optional.of(new Measured(offered, free, nextFree)), bookings, cancellations);
    }
}
