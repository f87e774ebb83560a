package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.contract.AppointmentRepositoryContract;
import mx.gob.inm.citas.application.contract.AuditLogContract;
import mx.gob.inm.citas.application.contract.CapacitySnapshotsContract;
import mx.gob.inm.citas.application.contract.CapacityStatisticsContract;
import mx.gob.inm.citas.application.contract.JobLeasesContract;
import mx.gob.inm.citas.application.contract.OfficeFloorRepositoryContract;
import mx.gob.inm.citas.application.contract.VisitRepositoryContract;
import mx.gob.inm.citas.application.contract.FloorStatisticsContract;
import mx.gob.inm.citas.application.contract.WalkInTallyContract;
import mx.gob.inm.citas.application.contract.WindowSessionsContract;
import mx.gob.inm.citas.application.contract.ClosureRepositoryContract;
import mx.gob.inm.citas.application.contract.OfficeRepositoryContract;
import mx.gob.inm.citas.application.contract.OutboxContract;
import mx.gob.inm.citas.application.contract.ProcedureRepositoryContract;
import mx.gob.inm.citas.application.contract.ScheduleRepositoryContract;
import mx.gob.inm.citas.application.contract.SlotLedgerContract;
import mx.gob.inm.citas.application.contract.SpentChallengesContract;
import mx.gob.inm.citas.application.port.out.FreePlaceVersions;
import mx.gob.inm.citas.application.port.out.SpentChallenges;
import mx.gob.inm.citas.application.port.out.LinkSecret;
import mx.gob.inm.citas.application.contract.LinkSecretContract;
import java.util.function.Supplier;
import mx.gob.inm.citas.application.contract.StaffRepositoryContract;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.application.port.out.SlotLedger.Taking;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The JPA repositories keep the out-port contracts on the real database engine, through EclipseLink. */
class JpaRepositoriesTest {

    private final JpaTestDatabase db = JpaTestDatabase.emptied();

    /** An entity manager for a repository that outlives one transaction (its cache does, as in the server). */
    private EntityManager emOfEachTransaction() {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(db.em(), arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Nested
    class Offices extends OfficeRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected OfficeRepository repository() {
            return new JpaOfficeRepository(db.em());
        }

        @Test
        void the_console_reads_an_office_another_instance_changed_as_stored_while_the_cache_may_lag() {
            Office cancun = DomainFixtures.cancun();
            JpaOfficeRepository here = new JpaOfficeRepository(emOfEachTransaction());
            inTransaction(() -> here.save(cancun));
            assertThat(db.inTransaction(() -> here.findById(cancun.id())).orElseThrow().name())
                    .isEqualTo(cancun.name());

            db.execute("UPDATE office SET name = 'Cancún Centro', version = version + 1 WHERE id = '"
                    + cancun.id().value() + "'");

            Office cached = db.inTransaction(() -> here.findById(cancun.id())).orElseThrow();
            assertThat(cached.name()).as("cached").isEqualTo(cancun.name());
            Office stored = db.inTransaction(() -> here.findByIdAsStored(cancun.id())).orElseThrow();
            assertThat(stored.name()).isEqualTo("Cancún Centro");
            assertThat(stored.version()).isEqualTo(cached.version() + 1);
            assertThat(db.inTransaction(() -> here.findAllAsStored())).extracting(Office::name)
                    .contains("Cancún Centro");
        }
    }

    @Nested
    class Procedures extends ProcedureRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected ProcedureRepository repository() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Schedules extends ScheduleRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected ScheduleRepository repository() {
            return new JpaScheduleRepository(db.em());
        }

        @Test
        void a_week_another_instance_saved_is_read_at_once_although_this_instance_had_cached_the_old_one() {
            OfficeId cdmx = DomainFixtures.cdmx().id();
            WeeklySchedule old = DomainFixtures.weekdays(DomainFixtures.cdmx(), 3, DomainFixtures.CANJE_RT);
            WeeklySchedule fewer = DomainFixtures.weekdays(DomainFixtures.cdmx(), 1, DomainFixtures.CANJE_RT);
            JpaScheduleRepository here = new JpaScheduleRepository(emOfEachTransaction());
            JpaScheduleRepository there = new JpaScheduleRepository(emOfEachTransaction());
            inTransaction(() -> here.save(old, 0));
            assertThat(db.inTransaction(() -> here.findByOffice(cdmx))).isEqualTo(old);

            long revision = db.inTransaction(() -> there.revision(cdmx));
            inTransaction(() -> there.save(fewer, revision));

            assertThat(db.inTransaction(() -> here.findByOffice(cdmx))).isEqualTo(fewer);
        }

        @Test
        void a_week_saved_moves_its_office_s_free_place_version() {
            CatalogueVersions versions = CatalogueVersions.inMemory();
            JpaScheduleRepository repository = new JpaScheduleRepository(emOfEachTransaction());
            repository.versions = versions;
            FreePlaceVersions freePlaces = new CatalogueFreePlaceVersions(versions);
            OfficeId cdmx = DomainFixtures.cdmx().id();
            long before = freePlaces.current(cdmx);

            inTransaction(() -> repository.save(DomainFixtures.weekdays(DomainFixtures.cdmx(), 3,
                    DomainFixtures.CANJE_RT), 0));

            assertThat(freePlaces.current(cdmx)).isNotEqualTo(before);
        }

        @Test
        void a_week_read_inside_a_save_that_rolled_back_is_never_served_afterwards() {
            OfficeId cdmx = DomainFixtures.cdmx().id();
            WeeklySchedule kept = DomainFixtures.weekdays(DomainFixtures.cdmx(), 3, DomainFixtures.CANJE_RT);
            WeeklySchedule undone = DomainFixtures.weekdays(DomainFixtures.cdmx(), 1, DomainFixtures.RENOV_RT);
            WeeklySchedule next = DomainFixtures.weekdays(DomainFixtures.cdmx(), 2, DomainFixtures.CANJE_RT);
            JpaScheduleRepository repository = new JpaScheduleRepository(emOfEachTransaction());
            inTransaction(() -> repository.save(kept, 0));
            long revision = db.inTransaction(() -> repository.revision(cdmx));

            assertThatThrownBy(() -> db.inTransaction(() -> {
                repository.save(undone, revision);
                assertThat(repository.findByOffice(cdmx)).isEqualTo(undone);
                throw new IllegalStateException("undone");
            })).hasMessageContaining("undone");
            assertThat(db.inTransaction(() -> repository.revision(cdmx))).isEqualTo(revision);

            // with a counter, this save would reach the revision the undone one had, and serve its cached week
            inTransaction(() -> repository.save(next, revision));
            assertThat(db.inTransaction(() -> repository.findByOffice(cdmx))).isEqualTo(next);
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected ProcedureRepository procedures() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Closures extends ClosureRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected ClosureRepository repository() {
            return new JpaClosureRepository(db.em());
        }

        @Test
        void a_closure_another_instance_committed_is_seen_at_once_as_stored_while_the_cache_may_lag() {
            OfficeId cancun = DomainFixtures.cancun().id();
            LocalDate day = LocalDate.of(2026, 9, 1);
            db.inTransaction(() -> {
                JpaClosureRepository instance = new JpaClosureRepository(db.em());
                assertThat(instance.findApplyingTo(cancun, day, day)).isEmpty();

                // another instance closes the day and commits: a row this instance's cache has not seen
                db.execute("INSERT INTO closure (id, office_id, first_day, last_day, reason) VALUES (9001, '"
                        + cancun.value() + "', DATE '2026-09-01', DATE '2026-09-01', 'Fumigación')");

                assertThat(instance.findApplyingTo(cancun, day, day)).as("cached").isEmpty();
                assertThat(instance.findApplyingToAsStored(cancun, day, day)).extracting(Closure::reason)
                        .containsExactly("Fumigación");
                return null;
            });
        }

        @Test
        void a_closure_saved_by_another_instance_of_the_cluster_is_in_its_cache_at_once() {
            OfficeId cancun = DomainFixtures.cancun().id();
            LocalDate day = LocalDate.of(2026, 9, 2);
            CatalogueVersions grid = CatalogueVersions.inMemory();
            db.inTransaction(() -> {
                JpaClosureRepository here = new JpaClosureRepository(db.em(), grid);
                JpaClosureRepository there = new JpaClosureRepository(db.em(), grid);
                assertThat(here.findApplyingTo(cancun, day, day)).isEmpty();

                there.save(new Closure(Optional.of(cancun), day, day, "Simulacro"));

                assertThat(here.findApplyingTo(cancun, day, day)).extracting(Closure::reason)
                        .containsExactly("Simulacro");
                return null;
            });
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }
    }

    @Nested
    class Appointments extends AppointmentRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected AppointmentRepository repository() {
            return new JpaAppointmentRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected ProcedureRepository procedures() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected Outbox outbox() {
            return new JpaOutbox(db.em());
        }

        @Override
        protected AppointmentRepository appointments() {
            return new JpaAppointmentRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected ProcedureRepository procedures() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Challenges extends SpentChallengesContract {

        @Override
        protected SpentChallenges spent() {
            return new JdbcSpentChallenges(db.dataSource());
        }
    }

    @Nested
    class Secret extends LinkSecretContract {

        @Override
        protected Supplier<LinkSecret> instances() {
            return () -> new JdbcLinkSecret(db.dataSource());
        }

        @Override
        protected void forgetTheStoredSecret() {
            try (var c = db.dataSource().getConnection(); var delete = c.createStatement()) {
                c.setAutoCommit(true);
                delete.executeUpdate("DELETE FROM link_secret");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Ledger extends SlotLedgerContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected SlotLedger ledger() {
            return new JpaSlotLedger(db.em(), db.dataSource());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected void givenTaken(OfficeId office, Instant slotStart, int places) {
            db.inTransaction(() -> {
                SlotLedgerEntity row = new SlotLedgerEntity();
                row.officeId = office.value();
                row.slotStartUtc = Utc.of(slotStart);
                row.taken = places;
                db.em().persist(row);
                return null;
            });
        }

        /** The contract's office, seeded by it before each test. */
        private final OfficeId mexicoCity = DomainFixtures.cdmx().id();

        @Test
        void a_place_taken_or_given_back_moves_the_office_s_free_place_version_and_a_place_refused_does_not() {
            CatalogueVersions versions = CatalogueVersions.inMemory();
            JpaSlotLedger ledger = new JpaSlotLedger(emOfEachTransaction(), db.dataSource());
            ledger.versions = versions;
            FreePlaceVersions freePlaces = new CatalogueFreePlaceVersions(versions);
            Instant one = Instant.parse("2026-12-03T19:00:00Z");
            ConfirmationCode holder = ConfirmationCode.random(new Random(3));
            long before = freePlaces.current(mexicoCity);

            assertThat(db.inTransaction(() -> ledger.tryTake(mexicoCity, one, 1,
                    ledger.calendarVersion(mexicoCity, one), holder))).isEqualTo(SlotLedger.Taking.TAKEN);
            long taken = freePlaces.current(mexicoCity);
            assertThat(db.inTransaction(() -> ledger.tryTake(mexicoCity, one, 1,
                    ledger.calendarVersion(mexicoCity, one), ConfirmationCode.random(new Random(4)))))
                    .isEqualTo(SlotLedger.Taking.FULL);
            long refused = freePlaces.current(mexicoCity);
            db.inTransaction(() -> {
                ledger.release(mexicoCity, one, holder);
                return null;
            });

            assertThat(taken).isNotEqualTo(before);
            assertThat(refused).isEqualTo(taken);
            assertThat(freePlaces.current(mexicoCity)).isNotEqualTo(taken);
            assertThat(freePlaces.current(DomainFixtures.tijuana().id())).isEqualTo(
                    new CatalogueFreePlaceVersions(CatalogueVersions.inMemory()).current(DomainFixtures.tijuana().id()));
        }

        @Test
        void reading_the_calendar_version_of_a_time_that_is_no_slot_leaves_no_row_behind() {
            long rows = db.count("SELECT COUNT(*) FROM slot_ledger");

            db.inTransaction(() -> ledger().calendarVersion(mexicoCity, Instant.parse("2026-11-30T15:07:00Z")));

            assertThat(db.count("SELECT COUNT(*) FROM slot_ledger")).isEqualTo(rows);
        }

        @Test
        void a_fence_rolled_back_keeps_the_rows_it_created_but_not_its_versions() {
            Instant noon = Instant.parse("2026-12-02T18:00:00Z");
            assertThatThrownBy(() -> db.inTransaction(() -> {
                ledger().fence(mexicoCity, List.of(noon));
                throw new IllegalStateException("the closure failed");
            })).hasMessage("the closure failed");

            assertThat(db.count("SELECT COUNT(*) FROM slot_ledger WHERE slot_start = TIMESTAMP '2026-12-02 18:00:00'"
                    + " AND calendar_version = 0")).isEqualTo(1);
            assertThat(db.inTransaction(() -> ledger().tryTake(mexicoCity, noon, 1, 0, holder(1))))
                    .isEqualTo(Taking.TAKEN);
        }

        @Test
        void a_fence_of_more_slots_than_one_statement_names_moves_every_one_on() {
            List<Instant> starts = IntStream.range(0, 1_234)
                    .mapToObj(i -> Instant.parse("2027-01-04T15:00:00Z").plus(Duration.ofMinutes(30L * i))).toList();

            db.inTransaction(() -> {
                ledger().fence(mexicoCity, starts);
                return null;
            });

            assertThat(db.count("SELECT COUNT(*) FROM slot_ledger WHERE calendar_version = 1")).isEqualTo(1_234);
        }
    }

    @Nested
    class Staff extends StaffRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected StaffRepository repository() {
            return new JpaStaffRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected AuditLog log() {
            return new JpaAuditLog(db.em());
        }
    }

    @Nested
    class Leases extends JobLeasesContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected JobLeases leases() {
            return new JpaJobLeases(db.em(), db.dataSource());
        }
    }

    @Nested
    class Statistics extends CapacityStatisticsContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected CapacityStatistics statistics() {
            return new JpaCapacityStatistics(db.em());
        }

        /**
         * Each figure is read from the one index that holds every column it needs (H2 says which index it uses; it
         * reads no table row when the index holds all the columns). Run on H2 only: Oracle's plans are its own.
         */
        @Test
        void each_figure_is_read_from_the_index_that_holds_its_columns() {
            Assumptions.assumeFalse("oracle".equals(System.getProperty("citas.test.database")));
            assertThat(plan(JpaCapacityStatistics.BY_SLOT_AND_CANCELLER)).contains("IX_APPOINTMENT_FIGURES")
                    .contains("group sorted");
            assertThat(plan(JpaCapacityStatistics.BY_SLOT)).contains("IX_APPOINTMENT_FIGURES").contains("group sorted");
            assertThat(plan(JpaCapacityStatistics.BOOKINGS_MADE)).contains("IX_APPOINTMENT_CREATED");
            assertThat(plan(JpaCapacityStatistics.CANCELLATIONS_MADE)).contains("IX_APPOINTMENT_CANCELLED");
            String late = JpaCapacityStatistics.LATE_CHANGES.replaceFirst("\\?", "TIMESTAMP '2026-11-30 15:00:00'");
            assertThat(db.inTransaction(() -> (String) db.em().createNativeQuery("EXPLAIN " + late).getSingleResult()))
                    .contains("IX_APPOINTMENT_LATE_CHANGE_TIME");
        }

        private String plan(String figure) {
            String sql = figure.replaceFirst("\\?", "'" + CDMX.value() + "'")
                    .replaceFirst("\\?", "TIMESTAMP '2026-11-30 15:00:00'")
                    .replaceFirst("\\?", "TIMESTAMP '2026-11-30 16:00:00'");
            return db.inTransaction(() -> (String) db.em().createNativeQuery("EXPLAIN " + sql).getSingleResult());
        }

        @Override
        protected AppointmentRepository appointments() {
            return new JpaAppointmentRepository(db.em(), CLOCK);
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected ProcedureRepository procedures() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Snapshots extends CapacitySnapshotsContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected CapacitySnapshots snapshots() {
            return new JpaCapacitySnapshots(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Override
        protected ProcedureRepository procedures() {
            return new JpaProcedureRepository(db.em());
        }
    }

    @Nested
    class Floors extends OfficeFloorRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected OfficeFloorRepository repository() {
            return new JpaOfficeFloorRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }
    }

    @Nested
    class Visits extends VisitRepositoryContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected VisitRepository repository() {
            return new JpaVisitRepository(db.em(), db.dataSource());
        }

        private final OfficeId mexicoCity = DomainFixtures.cdmx().id();
        private final LocalDate tuesday = LocalDate.of(2026, 12, 1);

        @Test
        void a_number_taken_by_an_issue_that_rolled_back_is_given_to_the_next_one() {
            assertThat(db.inTransaction(() -> repository().nextNumber(mexicoCity, tuesday, 'A'))).isEqualTo(1);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                assertThat(repository().nextNumber(mexicoCity, tuesday, 'A')).isEqualTo(2);
                throw new IllegalStateException("the ticket failed");
            })).hasMessage("the ticket failed");

            assertThat(db.inTransaction(() -> repository().nextNumber(mexicoCity, tuesday, 'A'))).isEqualTo(2);
        }

        @Test
        void the_first_number_of_a_day_rolled_back_leaves_its_row_at_zero_and_the_next_issue_takes_one() {
            assertThatThrownBy(() -> db.inTransaction(() -> {
                repository().nextNumber(mexicoCity, tuesday, 'B');
                throw new IllegalStateException("the ticket failed");
            })).hasMessage("the ticket failed");

            assertThat(db.count("SELECT last_no FROM visit_number WHERE letter = 'B'")).isZero();
            assertThat(db.inTransaction(() -> repository().nextNumber(mexicoCity, tuesday, 'B'))).isEqualTo(1);
        }

        @Test
        void times_are_stored_as_utc_and_the_service_day_as_a_date() {
            Instant queued = Instant.parse("2026-12-02T05:30:00Z");
            Visit late = Visit.walkIn(mexicoCity,
                    tuesday, DisplayNumber.of('A', 1), DomainFixtures.CANJE_RT,
                    Priority.NONE, Optional.empty(), queued);
            db.inTransaction(() -> {
                repository().add(late, new VisitEvent(mexicoCity, tuesday,
                        late.number(), VisitEventKind.ISSUED, queued,
                        Optional.empty(), Optional.empty(), ""));
                return null;
            });

            assertThat(db.count("SELECT COUNT(*) FROM visit WHERE queued_at = TIMESTAMP '2026-12-02 05:30:00'"
                    + " AND service_day = DATE '2026-12-01'")).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM visit_event WHERE happened_at = TIMESTAMP"
                    + " '2026-12-02 05:30:00' AND service_day = DATE '2026-12-01' AND detail IS NULL")).isEqualTo(1);
        }
    }

    @Nested
    class FloorFigures extends FloorStatisticsContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected FloorStatistics statistics() {
            return new JpaFloorStatistics(db.em());
        }

        @Override
        protected VisitRepository visits() {
            return new JpaVisitRepository(db.em(), db.dataSource());
        }

        @Override
        protected WalkInTally tally() {
            return new JpaWalkInTally(db.em(), db.dataSource());
        }

        @Override
        protected OfficeFloorRepository floors() {
            return new JpaOfficeFloorRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        /**
         * The visits' samples of many offices read only their days, from the index that holds every column they need
         * (H2 says which index it uses), never the whole log; the steps since a moment are read by when they happened.
         */
        @Test
        void the_visits_samples_read_only_the_offices_days_and_the_log_only_its_recent_steps_from_indexes() {
            Assumptions.assumeFalse("oracle".equals(System.getProperty("citas.test.database")));
            String sql = "EXPLAIN SELECT " + JpaFloorStatistics.SAMPLE + " FROM visit"
                    + " WHERE service_day BETWEEN DATE '2026-12-01' AND DATE '2026-12-02' AND status <> 'WITHDRAWN'";
            assertThat(db.inTransaction(() -> (String) db.em().createNativeQuery(sql).getSingleResult()))
                    .doesNotContain("tableScan").contains("IX_VISIT_DAY_FIGURES")
                    .containsPattern("SERVICE_DAY >= DATE '2026-12-01'\\n.*SERVICE_DAY <= DATE '2026-12-02'");
            String log = "EXPLAIN SELECT DISTINCT office_id, service_day FROM visit_event"
                    + " WHERE happened_at >= TIMESTAMP '2026-12-02 15:00:00'";
            assertThat(db.inTransaction(() -> (String) db.em().createNativeQuery(log).getSingleResult()))
                    .doesNotContain("tableScan").contains("IX_VISIT_EVENT_TIME");
        }
    }

    @Nested
    class Tally extends WalkInTallyContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected WalkInTally tally() {
            return new JpaWalkInTally(db.em(), db.dataSource());
        }

        @Test
        void a_token_of_an_issue_that_rolled_back_is_given_back() {
            OfficeId mexicoCity = DomainFixtures.cdmx().id();
            LocalDate tuesday = LocalDate.of(2026, 12, 1);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                assertThat(tally().tryIssue(mexicoCity, 'A', tuesday, 1)).isTrue();
                throw new IllegalStateException("the ticket failed");
            })).hasMessage("the ticket failed");

            assertThat(db.inTransaction(() -> tally().issued(mexicoCity, 'A', tuesday))).isZero();
            assertThat(db.inTransaction(() -> tally().tryIssue(mexicoCity, 'A', tuesday, 1))).isTrue();
            assertThat(db.count("SELECT issued FROM walk_in_tally WHERE service_day = DATE '2026-12-01'"))
                    .isEqualTo(1);
        }
    }

    @Nested
    class Windows extends WindowSessionsContract {
        {
            runEachCallIn(db::inTransaction);
        }

        @Override
        protected WindowSessions sessions() {
            return new JpaWindowSessions(db.em());
        }

        @Override
        protected OfficeFloorRepository floors() {
            return new JpaOfficeFloorRepository(db.em());
        }

        @Override
        protected OfficeRepository offices() {
            return new JpaOfficeRepository(db.em());
        }

        @Test
        void a_window_is_stored_with_who_opened_it_and_since_when_in_utc() {
            OfficeId mexicoCity = DomainFixtures.cdmx().id();
            Instant nine = Instant.parse("2026-12-01T15:00:00Z");
            db.inTransaction(() -> sessions().tryOpen(mexicoCity, 2, "ana.lopez", nine));
            db.inTransaction(() -> sessions().tryOpen(mexicoCity, 2, "ana.lopez", nine.plusSeconds(600)));

            assertThat(db.count("SELECT COUNT(*) FROM service_window WHERE window_no = 2 AND opened_by = 'ana.lopez'"
                    + " AND opened_at = TIMESTAMP '2026-12-01 15:00:00'")).as("since it was first opened")
                    .isEqualTo(1);
        }
    }
}
