package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ScheduleRepository} must have; run against the fake and the real adapter. */
public abstract class ScheduleRepositoryContract extends RepositoryContract {

    protected abstract ScheduleRepository repository();

    /** Schedules belong to offices and name procedures: both must exist first. */
    protected abstract OfficeRepository offices();

    protected abstract ProcedureRepository procedures();

    private final Office office = DomainFixtures.cdmx();

    @BeforeEach
    void the_office_and_its_procedures_exist() {
        inTransaction(() -> {
            offices().save(office);
            procedures().save(DomainFixtures.exchangeOfVisa());
            procedures().save(DomainFixtures.renewal());
        });
    }

    @Test
    void an_office_without_a_schedule_has_a_closed_week() {
        assertThat(inTransaction(() -> repository().findByOffice(office.id())).periods()).isEmpty();
    }

    @Test
    void a_schedule_comes_back_as_saved() {
        WeeklySchedule schedule = new WeeklySchedule(office.id(), List.of(
                new OpeningPeriod(DayOfWeek.MONDAY, TimeRange.of("09:00", "14:30"), Duration.ofMinutes(30), 8,
                        Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)),
                new OpeningPeriod(DayOfWeek.SATURDAY, TimeRange.of("10:15", "12:00"), Duration.ofMinutes(15), 1,
                        Set.of(DomainFixtures.RENOV_RT))));
        inTransaction(() -> repository().save(schedule));

        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(schedule);
    }

    @Test
    void saving_a_schedule_replaces_the_whole_week() {
        inTransaction(() -> repository().save(DomainFixtures.weekdays(office, 3, DomainFixtures.CANJE_RT)));
        inTransaction(() -> repository().save(tuesdaysOnly()));

        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(tuesdaysOnly());
    }

    @Test
    void a_week_never_saved_is_at_revision_zero_and_each_save_moves_it_on() {
        assertThat(inTransaction(() -> repository().revision(office.id()))).isZero();

        inTransaction(() -> repository().save(DomainFixtures.weekdays(office, 3, DomainFixtures.CANJE_RT)));
        long first = inTransaction(() -> repository().revision(office.id()));
        assertThat(first).isPositive();

        inTransaction(() -> repository().save(tuesdaysOnly(), first));
        assertThat(inTransaction(() -> repository().revision(office.id()))).isGreaterThan(first);
        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(tuesdaysOnly());
    }

    @Test
    void a_week_saved_from_a_stale_revision_is_refused_and_the_stored_one_is_untouched() {
        WeeklySchedule theirs = DomainFixtures.weekdays(office, 3, DomainFixtures.CANJE_RT);
        inTransaction(() -> repository().save(theirs, 0));

        assertThatThrownBy(() -> inTransaction(() -> repository().save(tuesdaysOnly(), 0)))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("the week of office cdmx-ciudad-de-mexico");

        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(theirs);
    }

    @Test
    void locking_the_week_changes_neither_it_nor_its_revision_and_the_same_transaction_may_still_save_it() {
        WeeklySchedule weekdays = DomainFixtures.weekdays(office, 3, DomainFixtures.CANJE_RT);
        inTransaction(() -> repository().save(weekdays, 0));
        long saved = inTransaction(() -> repository().revision(office.id()));

        inTransaction(() -> repository().lockWeek(office.id()));
        assertThat(inTransaction(() -> repository().revision(office.id()))).isEqualTo(saved);
        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(weekdays);

        inTransaction(() -> {
            repository().lockWeek(office.id());
            repository().save(tuesdaysOnly(), saved);
        });
        assertThat(inTransaction(() -> repository().findByOffice(office.id()))).isEqualTo(tuesdaysOnly());
    }

    private WeeklySchedule tuesdaysOnly() {
        return new WeeklySchedule(office.id(), List.of(new OpeningPeriod(DayOfWeek.TUESDAY,
                TimeRange.of("09:00", "11:00"), Duration.ofMinutes(20), 2, Set.of(DomainFixtures.RENOV_RT))));
    }
}
