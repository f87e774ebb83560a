package mx.gob.inm.citas.adapters.web.console;

import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.application.fakes.InMemoryWalkInTally;
import mx.gob.inm.citas.application.fakes.InMemoryWindowSessions;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.ConfigureFloorService;
import mx.gob.inm.citas.application.service.FollowQueueService;
import mx.gob.inm.citas.application.service.IssueWalkInTokenService;
import mx.gob.inm.citas.application.service.ServeAtWindowService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * The office floor's real use cases beside the console's ({@link ConsoleServices}), on in-memory out-ports, and the
 * reception and window pages' beans wired as the container would wire them for one signed-in member.
 */
final class FloorServices {

    final ConsoleServices console = new ConsoleServices();
    final InMemoryWalkInTally tally = new InMemoryWalkInTally();
    final InMemoryWindowSessions sessions = new InMemoryWindowSessions();
    final ConfigureFloorService floors = new ConfigureFloorService(console.floors, console.offices,
            console.procedures, console.audit, console.clock);
    final IssueWalkInTokenService tokens = new IssueWalkInTokenService(console.offices, console.procedures,
            console.floors, console.visits, tally, console.schedules, console.closures, console.ledger,
            new java.util.Random(5), console.audit, console.clock);
    final ServeAtWindowService windows = new ServeAtWindowService(console.offices, console.procedures,
            console.floors, console.visits, sessions, console.appointments, console.audit, console.clock);
    final FollowQueueService follow = new FollowQueueService(console.offices, console.procedures, console.floors,
            console.visits, console.clock);
    final Office cdmx = console.cdmx;
    final String office = cdmx.id().value();
    static final String BASE_URL = "https://citas.inm.gob.mx";
    static final StaffMember ADMIN = ConsoleServices.member(StaffRole.ADMIN);

    FloorServices() {
        console.procedures.save(DomainFixtures.inPersonOnly());
    }

    /** A member of Mexico City's staff called {@code username}. */
    StaffMember staff(String username) {
        return StaffMember.create(Username.of(username), "Persona " + username, StaffRole.STAFF,
                Set.of(cdmx.id()), "hash");
    }

    /**
     * Mexico City's floor as the issue's browser test sets it up: pool A for CANJE-RT ({@code quota} a day), pool
     * R for the in-person-only REGULARIZ-VENCIDO; window 1 serves CANJE-RT and RENOV-RT, window 2 CANJE-RT and
     * REGULARIZ-VENCIDO; 2 appointments : 1 walk-in.
     */
    OfficeFloor setUp(int quota) {
        OfficeFloor floor = floors.floor(ADMIN, office);
        floor = floors.offerWalkIns(ADMIN, office, List.of(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT),
                quota), new WalkInPool('R', Set.of(DomainFixtures.REGULARIZ_VENCIDO), 10)), floor.version());
        return floors.arrangeWindows(ADMIN, office, List.of(
                new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)),
                new ServiceWindow(2, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.REGULARIZ_VENCIDO))),
                floor.version());
    }

    /** The reception page's bean for {@code member}, before its view action. */
    ReceptionView receptionView(StaffMember member, Language language) {
        ReceptionView view = new ReceptionView();
        view.tokens = tokens;
        view.queue = follow;
        view.agenda = console.agenda;
        view.catalogue = new CatalogueService(console.offices, console.procedures);
        view.staff = ConsoleServices.signedIn(member);
        view.language = speaking(language);
        view.site = new PublicAddress(BASE_URL);
        view.setOffice(office);
        return view;
    }

    /** The window page's bean for {@code member}, before its view action ({@code window} as in the address). */
    WindowView windowView(StaffMember member, String window) {
        WindowView view = new WindowView();
        view.windows = windows;
        view.floors = floors;
        view.agenda = console.agenda;
        view.catalogue = new CatalogueService(console.offices, console.procedures);
        view.staff = ConsoleServices.signedIn(member);
        view.language = speaking(Language.SPANISH);
        view.setOffice(office);
        view.setWindow(window);
        return view;
    }

    static PageLanguage speaking(Language language) {
        return new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return language;
            }
        };
    }
}
