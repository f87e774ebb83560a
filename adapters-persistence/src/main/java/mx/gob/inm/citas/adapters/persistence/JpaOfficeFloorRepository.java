package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: each office's floor in {@code office_floor} and the rows that hang from it (V19): its pools of walk-in
 * tokens with their procedures and their days, its windows with theirs. A save is optimistic on the floor's
 * {@code version}: the first one inserts the row (a second first save meets its primary key and is a conflict, also
 * when both race), every later one is one {@code UPDATE … WHERE version = ?}, whose row lock keeps other saves out
 * until the transaction ends; the pools and days are then replaced, the windows brought to the new list. A window
 * that stays keeps its row, so whoever has it open ({@link JpaWindowSessions}) keeps it.
 */
@ApplicationScoped
class JpaOfficeFloorRepository implements OfficeFloorRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaOfficeFloorRepository() {
    }

    JpaOfficeFloorRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The rows are read between two reads of the version and kept only when both agree: a save commits its rows and
     * the new version together, so agreeing reads are one save's rows.
     */
    @Override
    public Optional<OfficeFloor> find(OfficeId office) {
        Optional<Object[]> floor = floorRow(office);
        while (floor.isPresent()) {
            OfficeFloor read = read(office, floor.get());
            Optional<Object[]> after = floorRow(office);
            if (after.isPresent() && NativeColumns.longValue(after.get()[3]) == read.version()) {
                return Optional.of(read);
            }
            floor = after;
        }
        return Optional.empty();
    }

    @Override
    public OfficeFloor save(OfficeFloor floor) {
        String office = floor.office().value();
        long version = floor.version() + 1;
        if (floor.version() == 0) {
            insertFloor(floor);
        } else if (em.createNativeQuery("UPDATE office_floor SET ratio_appointments = ?, ratio_walk_ins = ?,"
                + " conversion_minutes = ?, version = version + 1 WHERE office_id = ? AND version = ?")
                .setParameter(1, floor.ratio().appointments()).setParameter(2, floor.ratio().walkIns())
                .setParameter(3, conversionMinutes(floor)).setParameter(4, office).setParameter(5, floor.version())
                .executeUpdate() == 0) {
            throw conflict(floor);
        }
        replacePools(floor);
        arrangeWindows(floor);
        return OfficeFloor.reconstitute(floor.office(), floor.pools(), floor.dayTokens(), floor.windows(),
                floor.ratio(), floor.conversionLead().orElse(null), version);
    }

    private void insertFloor(OfficeFloor floor) {
        try {
            em.createNativeQuery("INSERT INTO office_floor (office_id, ratio_appointments, ratio_walk_ins,"
                    + " conversion_minutes, version) VALUES (?, ?, ?, ?, 1)")
                    .setParameter(1, floor.office().value()).setParameter(2, floor.ratio().appointments())
                    .setParameter(3, floor.ratio().walkIns()).setParameter(4, conversionMinutes(floor))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isDuplicatePrimaryKey(e, "OFFICE_FLOOR", "PK_OFFICE_FLOOR")) {
                throw conflict(floor);
            }
            throw e;
        }
    }

    private void replacePools(OfficeFloor floor) {
        String office = floor.office().value();
        for (String table : List.of("walk_in_pool_procedure", "walk_in_day_tokens", "walk_in_pool")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE office_id = ?").setParameter(1, office)
                    .executeUpdate();
        }
        for (WalkInPool pool : floor.pools()) {
            String letter = String.valueOf(pool.letter());
            em.createNativeQuery("INSERT INTO walk_in_pool (office_id, letter, daily_tokens) VALUES (?, ?, ?)")
                    .setParameter(1, office).setParameter(2, letter).setParameter(3, pool.dailyTokens())
                    .executeUpdate();
            for (ProcedureCode procedure : sorted(pool.procedures())) {
                em.createNativeQuery("INSERT INTO walk_in_pool_procedure (office_id, procedure_code, letter)"
                        + " VALUES (?, ?, ?)").setParameter(1, office).setParameter(2, procedure.value())
                        .setParameter(3, letter).executeUpdate();
            }
        }
        floor.dayTokens().forEach((day, byLetter) -> byLetter.forEach((letter, tokens) -> em.createNativeQuery(
                "INSERT INTO walk_in_day_tokens (office_id, letter, service_day, tokens) VALUES (?, ?, ?, ?)")
                .setParameter(1, office).setParameter(2, String.valueOf(letter)).setParameter(3, day)
                .setParameter(4, tokens).executeUpdate()));
    }

    /** Removes the windows no longer on the floor, adds the new ones, and gives each its procedures. */
    private void arrangeWindows(OfficeFloor floor) {
        String office = floor.office().value();
        Set<Integer> kept = floor.windows().stream().map(ServiceWindow::number).collect(Collectors.toSet());
        em.createNativeQuery("DELETE FROM service_window_procedure WHERE office_id = ?").setParameter(1, office)
                .executeUpdate();
        Set<Integer> existing = new HashSet<>();
        for (Object number : em.createNativeQuery("SELECT window_no FROM service_window WHERE office_id = ?")
                .setParameter(1, office).getResultList()) {
            int window = NativeColumns.integer(number);
            if (kept.contains(window)) {
                existing.add(window);
            } else {
                em.createNativeQuery("DELETE FROM service_window WHERE office_id = ? AND window_no = ?")
                        .setParameter(1, office).setParameter(2, window).executeUpdate();
            }
        }
        for (ServiceWindow window : floor.windows()) {
            if (!existing.contains(window.number())) {
                em.createNativeQuery("INSERT INTO service_window (office_id, window_no) VALUES (?, ?)")
                        .setParameter(1, office).setParameter(2, window.number()).executeUpdate();
            }
            for (ProcedureCode procedure : sorted(window.procedures())) {
                em.createNativeQuery("INSERT INTO service_window_procedure (office_id, window_no, procedure_code)"
                        + " VALUES (?, ?, ?)").setParameter(1, office).setParameter(2, window.number())
                        .setParameter(3, procedure.value()).executeUpdate();
            }
        }
    }

    private Optional<Object[]> floorRow(OfficeId office) {
        return rows("SELECT ratio_appointments, ratio_walk_ins, conversion_minutes, version FROM office_floor"
                + " WHERE office_id = ?", office).stream().findFirst();
    }

    private OfficeFloor read(OfficeId office, Object[] floor) {
        Map<Character, Set<ProcedureCode>> poolProcedures = new TreeMap<>();
        Map<Character, Integer> dailyTokens = new TreeMap<>();
        for (Object[] row : rows("SELECT p.letter, p.daily_tokens, pp.procedure_code FROM walk_in_pool p"
                + " LEFT JOIN walk_in_pool_procedure pp ON pp.office_id = p.office_id AND pp.letter = p.letter"
                + " WHERE p.office_id = ?", office)) {
            char letter = NativeColumns.letter(row[0]);
            dailyTokens.put(letter, NativeColumns.integer(row[1]));
            Set<ProcedureCode> procedures = poolProcedures.computeIfAbsent(letter, l -> new HashSet<>());
            if (row[2] != null) {
                procedures.add(new ProcedureCode((String) row[2]));
            }
        }
        List<WalkInPool> pools = new ArrayList<>();
        dailyTokens.forEach((letter, tokens) -> pools.add(new WalkInPool(letter, poolProcedures.get(letter), tokens)));

        Map<LocalDate, Map<Character, Integer>> dayTokens = new TreeMap<>();
        for (Object[] row : rows("SELECT service_day, letter, tokens FROM walk_in_day_tokens WHERE office_id = ?",
                office)) {
            dayTokens.computeIfAbsent(NativeColumns.day(row[0]), d -> new TreeMap<>())
                    .put(NativeColumns.letter(row[1]), NativeColumns.integer(row[2]));
        }

        Map<Integer, Set<ProcedureCode>> windowProcedures = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT w.window_no, wp.procedure_code FROM service_window w"
                + " LEFT JOIN service_window_procedure wp ON wp.office_id = w.office_id AND wp.window_no = w.window_no"
                + " WHERE w.office_id = ? ORDER BY w.window_no", office)) {
            Set<ProcedureCode> procedures = windowProcedures.computeIfAbsent(NativeColumns.integer(row[0]),
                    w -> new HashSet<>());
            if (row[1] != null) {
                procedures.add(new ProcedureCode((String) row[1]));
            }
        }
        List<ServiceWindow> windows = new ArrayList<>();
        windowProcedures.forEach((number, procedures) -> windows.add(new ServiceWindow(number, procedures)));

        Integer conversion = NativeColumns.integerOrNull(floor[2]);
        return OfficeFloor.reconstitute(office, pools, dayTokens, windows,
                new QueueRatio(NativeColumns.integer(floor[0]), NativeColumns.integer(floor[1])),
                conversion == null ? null : Duration.ofMinutes(conversion), NativeColumns.longValue(floor[3]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, OfficeId office) {
        return em.createNativeQuery(sql).setParameter(1, office.value()).getResultList();
    }

    private static Integer conversionMinutes(OfficeFloor floor) {
        return floor.conversionLead().map(lead -> (int) lead.toMinutes()).orElse(null);
    }

    private static List<ProcedureCode> sorted(Set<ProcedureCode> procedures) {
        return procedures.stream().sorted(Comparator.comparing(ProcedureCode::value)).toList();
    }

    private static EditConflictException conflict(OfficeFloor floor) {
        return new EditConflictException("the floor of " + floor.office().value());
    }
}
