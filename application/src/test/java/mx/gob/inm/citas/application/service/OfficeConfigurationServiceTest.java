package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import mx.gob.inm.citas.application.port.in.OfficeDetails;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Offices in the console world (Mexico City and Tijuana; it is Monday 08:00 in Mexico City). */
class OfficeConfigurationServiceTest {

    /** 09:00 on Tuesday 1 December 2026 in Mexico City. */
    private static final Instant TUESDAY_NINE = Instant.parse("2026-12-01T15:00:00Z");

    private final ConsoleWorld world = new ConsoleWorld();

    @Test
    void only_an_admin_creates_deactivates_or_reactivates_an_office_and_each_refusal_is_audited() {
        long version = stored(world.cdmx.id()).version();
        for (StaffMember notAdmin : List.of(world.cdmxStaff, world.cdmxSupervisor)) {
            List<ThrowingCallable> attempts = List.of(
                    () -> world.officeConfiguration.create(notAdmin, cancun()),
                    () -> world.officeConfiguration.setActive(notAdmin, cdmx(), false, version),
                    () -> world.officeConfiguration.setActive(notAdmin, cdmx(), true, version));
            for (ThrowingCallable attempt : attempts) {
                assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                        .hasMessage("Only an administrator can do this");
            }
        }

        assertThat(world.audit.all()).hasSize(6).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.detail()).isEqualTo("administrators only");
        });
        assertThat(world.audit.all()).extracting(AuditEntry::subject).contains("create office qroo-cancun",
                "deactivate office " + cdmx());
        assertThat(world.offices.count()).isEqualTo(2);
        assertThat(stored(world.cdmx.id()).isActive()).isTrue();
        assertThat(stored(world.cdmx.id()).version()).isEqualTo(version);
    }

    @Test
    void staff_edit_only_their_own_office_and_a_supervisor_none() {
        long version = stored(world.cdmx.id()).version();
        OfficeDetails renamed = details("Oficina CDMX Centro", "America/Mexico_City");

        assertThatThrownBy(() -> world.officeConfiguration.edit(world.tijuanaStaff, cdmx(), renamed, version))
                .isInstanceOf(OfficeAccessDeniedException.class)
                .hasMessage("tomas.rios is not assigned to office cdmx-ciudad-de-mexico");
        assertThatThrownBy(() -> world.officeConfiguration.edit(world.cdmxSupervisor, cdmx(), renamed, version))
                .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("not change anything");
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).extracting(AuditEntry::actor, AuditEntry::office)
                .containsExactly(tuple("tomas.rios", world.cdmx.id()),
                        tuple("sofia.vega", world.cdmx.id()));
        assertThat(stored(world.cdmx.id()).name()).isEqualTo(world.cdmx.name());

        Office edited = world.officeConfiguration.edit(world.cdmxStaff, cdmx(), renamed, version);

        assertThat(edited.name()).isEqualTo("Oficina CDMX Centro");
        assertThat(edited.version()).isEqualTo(version + 1);
        assertThat(stored(world.cdmx.id()).name()).isEqualTo("Oficina CDMX Centro");
        assertThat(world.audited(AuditAction.OFFICE_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.office()).isEqualTo(world.cdmx.id());
            assertThat(e.subject()).isEqualTo(cdmx());
            assertThat(e.detail()).isEqualTo("details changed");
        });
    }

    @Test
    void each_member_lists_the_offices_they_may_read_and_is_refused_the_others() {
        assertThat(world.officeConfiguration.offices(world.admin)).extracting(Office::id)
                .containsExactly(world.tijuana.id(), world.cdmx.id());
        assertThat(world.officeConfiguration.offices(world.cdmxSupervisor)).extracting(Office::id)
                .containsExactly(world.cdmx.id());
        assertThat(world.officeConfiguration.offices(world.tijuanaStaff)).extracting(Office::id)
                .containsExactly(world.tijuana.id());

        assertThat(world.officeConfiguration.office(world.cdmxSupervisor, cdmx())).isEqualTo(world.cdmx);
        assertThatThrownBy(() -> world.officeConfiguration.office(world.tijuanaStaff, cdmx()))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> world.officeConfiguration.appointmentsAhead(world.tijuanaStaff, cdmx()))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(2);
    }

    @Test
    void an_admin_creates_an_active_office_without_opening_hours_and_it_is_audited() {
        Office created = world.officeConfiguration.create(world.admin, cancun());

        assertThat(created.id()).isEqualTo(new OfficeId("qroo-cancun"));
        assertThat(created.state().name()).isEqualTo("Quintana Roo");
        assertThat(created.timeZone()).isEqualTo(ZoneId.of("America/Cancun"));
        assertThat(created.isActive()).isTrue();
        assertThat(created.version()).isEqualTo(stored(created.id()).version());
        assertThat(world.weeks.schedule(world.admin, "qroo-cancun").schedule().periods()).isEmpty();
        assertThat(world.audited(AuditAction.OFFICE_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.office()).isEqualTo(created.id());
            assertThat(e.subject()).isEqualTo("qroo-cancun");
            assertThat(e.detail()).isEqualTo("created");
        });
    }

    @Test
    void a_new_office_needs_a_free_well_formed_id_a_federal_entity_a_region_time_zone_and_its_texts() {
        assertRefused(new OfficeDetails("Cancún Centro", "Cancún", "QROO", "Cancún", "Av. 1", "America/Cancun"),
                "An office id is lower-case letters, digits and single dashes");
        assertRefused(new OfficeDetails("bc-tijuana", "Tijuana 2", "BC", "Tijuana", "Av. 1", "America/Tijuana"),
                "An office with the id bc-tijuana already exists");
        assertRefused(new OfficeDetails("xx-x", "X", "XX", "X", "X", "America/Cancun"),
                "There is no federal entity 'XX'");
        for (String notARegion : List.of("-05:00", "UTC-5", "GMT-05:00", "America/Cancún", "", "UTC", "EST",
                "Etc/GMT+6", "SystemV/CST6")) {
            assertRefused(new OfficeDetails("qroo-cancun", "Cancún", "QROO", "Cancún", "Av. Tulum 1", notARegion),
                    "Unknown time zone '" + notARegion + "'");
        }
        assertRefused(new OfficeDetails("qroo-cancun", " ", "QROO", "Cancún", "Av. Tulum 1", "America/Cancun"),
                "Office name must not be blank");
        assertRefused(new OfficeDetails("qroo-cancun", "Cancún", "QROO", "C".repeat(101), "Av. 1", "America/Cancun"),
                "City must have at most 100 characters");

        assertThat(world.offices.count()).isEqualTo(2);
        assertThat(world.audit.all()).isEmpty();
    }

    @Test
    void an_edit_from_a_version_someone_else_has_changed_is_refused() {
        long read = stored(world.cdmx.id()).version();
        world.officeConfiguration.edit(world.admin, cdmx(), details("Oficina CDMX Norte", "America/Mexico_City"), read);

        assertThatThrownBy(() -> world.officeConfiguration.edit(world.cdmxStaff, cdmx(),
                details("Oficina CDMX Sur", "America/Mexico_City"), read))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("the office " + cdmx());
        assertThatThrownBy(() -> world.officeConfiguration.setActive(world.admin, cdmx(), false, read))
                .isInstanceOf(EditConflictException.class);

        Office now = stored(world.cdmx.id());
        assertThat(now.name()).isEqualTo("Oficina CDMX Norte");
        assertThat(now.isActive()).isTrue();
        assertThat(world.audited(AuditAction.OFFICE_CHANGED)).hasSize(1);
    }

    @Test
    void the_time_zone_stays_while_appointments_are_ahead_whose_local_times_would_move() {
        Appointment tuesday = world.confirmed(1, world.cdmx, "G1000001", TUESDAY_NINE);
        world.booked(2, world.cdmx, DomainFixtures.RENOV_RT, "G1000002", TUESDAY_NINE, false);
        Appointment cancelled = world.confirmed(3, world.cdmx, "G1000003", TUESDAY_NINE);
        cancelled.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z"));
        world.appointments.update(cancelled);
        world.confirmed(4, world.cdmx, "G1000004", ConsoleWorld.NOW.minus(Duration.ofMinutes(30)));
        world.confirmed(5, world.tijuana, "G1000005", TUESDAY_NINE);
        long version = stored(world.cdmx.id()).version();

        assertThat(world.officeConfiguration.appointmentsAhead(world.cdmxStaff, cdmx())).isEqualTo(2);
        assertThatThrownBy(() -> world.officeConfiguration.edit(world.cdmxStaff, cdmx(),
                details(world.cdmx.name(), "America/Merida"), version))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("has 2 appointments ahead; their local times would move");
        assertThat(stored(world.cdmx.id()).timeZone()).isEqualTo(world.cdmx.timeZone());

        Office renamed = world.officeConfiguration.edit(world.cdmxStaff, cdmx(),
                details("Oficina CDMX", "America/Mexico_City"), version);
        assertThat(renamed.name()).isEqualTo("Oficina CDMX");

        world.clock.advance(Duration.between(ConsoleWorld.NOW, tuesday.start()).plusMinutes(1));
        assertThat(world.officeConfiguration.appointmentsAhead(world.cdmxStaff, cdmx())).isZero();
        Office moved = world.officeConfiguration.edit(world.cdmxStaff, cdmx(),
                details("Oficina CDMX", "America/Merida"), renamed.version());
        assertThat(moved.timeZone()).isEqualTo(ZoneId.of("America/Merida"));
    }

    @Test
    void deactivating_hides_the_office_and_activating_shows_it_again_each_audited() {
        Office hidden = world.officeConfiguration.setActive(world.admin, cdmx(), false,
                stored(world.cdmx.id()).version());

        assertThat(hidden.isActive()).isFalse();
        assertThat(stored(world.cdmx.id()).isActive()).isFalse();

        Office shown = world.officeConfiguration.setActive(world.admin, cdmx(), true, hidden.version());

        assertThat(shown.isActive()).isTrue();
        assertThat(stored(world.cdmx.id()).isActive()).isTrue();
        assertThat(world.audited(AuditAction.OFFICE_CHANGED)).extracting(AuditEntry::detail)
                .containsExactly("deactivated", "activated");
    }

    // ---- helpers ----

    private String cdmx() {
        return world.cdmx.id().value();
    }

    private Office stored(OfficeId id) {
        return world.offices.findById(id).orElseThrow();
    }

    private static OfficeDetails cancun() {
        return new OfficeDetails("qroo-cancun", "Oficina de Representación Cancún", "QROO", "Cancún",
                "Av. Tulum 1, Centro", "America/Cancun");
    }

    /** Mexico City's details with another name and time zone. */
    private OfficeDetails details(String name, String timeZone) {
        Office cdmx = world.cdmx;
        return new OfficeDetails(cdmx(), name, cdmx.state().code(), cdmx.city(), cdmx.address(), timeZone);
    }

    private void assertRefused(OfficeDetails details, String message) {
        assertThatThrownBy(() -> world.officeConfiguration.create(world.admin, details))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(message);
    }
}
