package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.REGULARIZ;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.appointment;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.at;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.slot;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the one queue order over generated days of an office: appointments and walk-in tokens of three
 * procedures, some with priority, some already called or sent to another window, a window serving some of the
 * procedures, any ratio and any point of the day's turn.
 */
class QueueOrderProperties {

    private static final List<ProcedureCode> PROCEDURES = List.of(CANJE, RENOV, REGULARIZ);

    /** One person of the generated day. */
    record Person(VisitKind kind, boolean priority, int slot, int joined, int procedure, int state) {
    }

    /** A generated situation at one window. */
    record Day(List<Visit> visits, ServiceWindow window, CallTally tally, QueueRatio ratio) {

        List<Visit> order() {
            return QueueOrder.forWindow(visits, window, tally, ratio);
        }

        /** The visits this window may call: waiting, of its procedures, not sent elsewhere. */
        List<Visit> eligible() {
            return visits.stream().filter(v -> v.status() == VisitStatus.WAITING && window.serves(v.procedure())
                    && v.targetWindow().map(w -> w == window.number()).orElse(true)).toList();
        }
    }

    @Provide
    Arbitrary<Day> days() {
        Arbitrary<Person> person = Combinators.combine(Arbitraries.of(VisitKind.class),
                Arbitraries.integers().between(0, 4).map(p -> p == 0), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 9)).as(Person::new);
        Arbitrary<List<Person>> people = person.list().ofMinSize(0).ofMaxSize(30);
        Arbitrary<Set<Integer>> served = Arbitraries.integers().between(0, 2).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<QueueRatio> ratio = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 5)).as(QueueRatio::new);
        Arbitrary<Optional<VisitKind>> lastKind = Arbitraries.of(VisitKind.class).optional(0.8);
        Arbitrary<Integer> run = Arbitraries.integers().between(1, 7);
        return Combinators.combine(people, served, ratio, lastKind, run).as((ps, procedures, r, last, n) -> {
            ServiceWindow window = new ServiceWindow(1, procedures.stream().map(PROCEDURES::get)
                    .collect(java.util.stream.Collectors.toSet()));
            return new Day(visits(ps), window, new CallTally(last, last.isPresent() ? n : 0), r);
        });
    }

    /** The people as visits; tokens are numbered in the order they were issued, as reception numbers them. */
    private static List<Visit> visits(List<Person> people) {
        List<Visit> visits = new ArrayList<>();
        List<Person> tokens = people.stream().filter(p -> p.kind() == VisitKind.WALK_IN)
                .sorted(Comparator.comparingInt(Person::joined)).toList();
        for (int i = 0; i < tokens.size(); i++) {
            Person p = tokens.get(i);
            visits.add(placed(walkIn(i + 1, PROCEDURES.get(p.procedure()), priority(p), at(p.joined())), p));
        }
        List<Person> appointments = people.stream().filter(p -> p.kind() == VisitKind.APPOINTMENT).toList();
        for (int i = 0; i < appointments.size(); i++) {
            Person p = appointments.get(i);
            visits.add(placed(appointment(i + 1, PROCEDURES.get(p.procedure()), slot(p.slot()), priority(p),
                    at(p.joined())), p));
        }
        Collections.shuffle(visits, new Random(people.hashCode()));
        return visits;
    }

    private static Priority priority(Person p) {
        return p.priority() ? Priority.OLDER_ADULT : Priority.NONE;
    }

    /** States 0–5 wait; 6 is called at window 2; 7 sent to window 1, 8 to window 2; 9 was withdrawn. */
    private static Visit placed(Visit visit, Person p) {
        int minute = p.joined() + 1;
        switch (p.state()) {
            case 6 -> visit.call(2, at(minute));
            case 7, 8 -> {
                visit.call(3, at(minute));
                visit.transfer(3, Optional.of(p.state() == 7 ? 1 : 2), Optional.empty(), at(minute));
            }
            case 9 -> {
                if (visit.kind() == VisitKind.APPOINTMENT) {
                    visit.withdraw(at(minute));
                }
            }
            default -> {
            }
        }
        return visit;
    }

    @Property(tries = 500)
    void the_order_is_every_visit_the_window_may_call_each_once(@ForAll("days") Day day) {
        List<Visit> order = day.order();
        Statistics.label("eligible").collect(day.eligible().isEmpty() ? "none" : "some");
        Statistics.label("eligible").coverage(coverage -> coverage.check("some").percentage(p -> p >= 60));
        assertThat(order).containsExactlyInAnyOrderElementsOf(day.eligible());
        assertThat(new HashSet<>(order)).hasSameSizeAs(order);
    }

    @Property(tries = 500)
    void the_order_does_not_depend_on_how_the_visits_are_listed(@ForAll("days") Day day) {
        List<Visit> reversed = new ArrayList<>(day.visits());
        Collections.reverse(reversed);
        List<Visit> shuffled = new ArrayList<>(day.visits());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(QueueOrder.forWindow(reversed, day.window(), day.tally(), day.ratio())).isEqualTo(day.order());
        assertThat(QueueOrder.forWindow(shuffled, day.window(), day.tally(), day.ratio())).isEqualTo(day.order());
    }

    @Property(tries = 500)
    void priority_comes_first_by_joining_then_appointments_by_slot_and_tokens_by_number(@ForAll("days") Day day) {
        List<Visit> order = day.order();
        List<Visit> priority = order.stream().filter(v -> v.priority().isPriority()).toList();
        assertThat(order.subList(0, priority.size())).as("priority first").isEqualTo(priority);
        assertThat(priority).extracting(Visit::queuedAt).isSorted();
        List<Visit> rest = order.subList(priority.size(), order.size());
        assertThat(rest).filteredOn(v -> v.kind() == VisitKind.APPOINTMENT).extracting(v -> v.slotStart().orElseThrow())
                .isSorted();
        assertThat(rest).filteredOn(v -> v.kind() == VisitKind.WALK_IN)
                .extracting(v -> Integer.parseInt(v.number().value().substring(2))).isSorted();
    }

    @Property(tries = 500)
    void while_both_kinds_wait_neither_is_called_more_than_its_share_in_a_row(@ForAll("days") Day day) {
        List<VisitKind> kinds = day.order().stream().filter(v -> !v.priority().isPriority()).map(Visit::kind)
                .toList();
        Optional<VisitKind> last = day.tally().lastKind();
        int run = day.tally().run();
        boolean interleaved = false;
        for (int i = 0; i < kinds.size(); i++) {
            VisitKind kind = kinds.get(i);
            VisitKind other = kind == VisitKind.APPOINTMENT ? VisitKind.WALK_IN : VisitKind.APPOINTMENT;
            boolean otherWaits = kinds.subList(i, kinds.size()).contains(other);
            run = last.filter(k -> k == kind).isPresent() ? run + 1 : 1;
            last = Optional.of(kind);
            if (otherWaits) {
                interleaved = true;
                int share = kind == VisitKind.APPOINTMENT ? day.ratio().appointments() : day.ratio().walkIns();
                assertThat(run).as("call %d of %s while %s waits, in %s", i, kind, other, kinds)
                        .isLessThanOrEqualTo(share);
            }
        }
        Statistics.label("both kinds waited").collect(interleaved);
        Statistics.label("both kinds waited").coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    }

    @Property(tries = 500)
    void each_kind_gets_its_whole_share_when_both_wait(@ForAll("days") Day day) {
        List<VisitKind> kinds = day.order().stream().filter(v -> !v.priority().isPriority()).map(Visit::kind)
                .toList();
        // a run of one kind that ends while the other still waits ends because its share was reached
        Optional<VisitKind> last = day.tally().lastKind();
        int run = day.tally().run();
        for (int i = 0; i < kinds.size(); i++) {
            VisitKind kind = kinds.get(i);
            if (last.isPresent() && last.get() != kind && kinds.subList(i, kinds.size()).contains(last.get())) {
                int share = last.get() == VisitKind.APPOINTMENT ? day.ratio().appointments()
                        : day.ratio().walkIns();
                assertThat(run).as("a run of %s cut short at %d in %s", last.get(), i, kinds)
                        .isGreaterThanOrEqualTo(share);
            }
            run = last.filter(k -> k == kind).isPresent() ? run + 1 : 1;
            last = Optional.of(kind);
        }
    }

    @Property(tries = 300)
    void the_order_is_what_calling_the_first_one_by_one_gives(@ForAll("days") Day day) {
        List<Visit> order = day.order();
        List<Visit> left = new ArrayList<>(day.eligible());
        CallTally tally = day.tally();
        for (Visit expected : order) {
            Visit first = QueueOrder.forWindow(left, day.window(), tally, day.ratio()).get(0);
            assertThat(first).isSameAs(expected);
            left.remove(first);
            tally = tally.after(first);
        }
        assertThat(left).isEmpty();
    }

    @Property(tries = 300)
    void ahead_of_the_visit_a_window_calls_next_is_nobody(@ForAll("days") Day day) {
        List<Visit> order = day.order();
        if (order.isEmpty()) {
            return;
        }
        Visit next = order.get(0);
        List<ServiceWindow> windows = List.of(day.window());
        // the only window serves every procedure of its rivals, and nobody waits for another window
        List<Visit> forThisWindow = day.visits().stream().filter(v -> v.targetWindow().isEmpty()).toList();
        Statistics.label("next is for any window").collect(forThisWindow.contains(next));
        Statistics.label("next is for any window").coverage(coverage -> coverage.check(true)
                .percentage(p -> p >= 50));
        if (forThisWindow.contains(next)) {
            assertThat(QueueOrder.ahead(next, forThisWindow, windows, day.tally(), day.ratio())).isZero();
        }
        for (int i = 0; i < order.size(); i++) {
            Visit v = order.get(i);
            if (v.targetWindow().isEmpty()) {
                assertThat(QueueOrder.ahead(v, forThisWindow, windows, day.tally(), day.ratio()))
                        .as("ahead of %s", v.number()).isLessThanOrEqualTo(i);
            }
        }
    }
}
