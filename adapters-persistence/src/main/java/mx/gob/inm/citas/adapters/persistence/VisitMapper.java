package mx.gob.inm.citas.adapters.persistence;

import java.util.Optional;
import mx.gob.inm.citas.application.port.out.VisitRepository.LoggedEvent;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Maps visits and their events between the domain and the columns of {@code visit} and {@code visit_event}, in the
 * order {@link JpaVisitRepository} names them. Instants are UTC wall-clock times ({@link Utc}); an empty detail is
 * stored as NULL, which is what Oracle makes of an empty string anyway.
 */
final class VisitMapper {

    private VisitMapper() {
    }

    /** Every column of {@code visit}, in the order of {@code JpaVisitRepository.COLUMNS}. */
    static Object[] values(Visit v) {
        return new Object[] {v.office().value(), v.day(), v.number().value(), v.kind().name(),
            v.procedure().value(), v.priority().name(), v.personName().orElse(null),
            v.appointment().map(ConfirmationCode::value).orElse(null), Utc.of(v.slotStart().orElse(null)),
            Utc.of(v.queuedAt()), v.status().name(), v.window().orElse(null), v.targetWindow().orElse(null),
            v.calls(), Utc.of(v.firstCalledAt().orElse(null)), Utc.of(v.startedAt().orElse(null)),
            Utc.of(v.finishedAt().orElse(null)), v.version()};
    }

    /** The columns a step may change, in the order of {@code JpaVisitRepository.CHANGED}. */
    static Object[] changed(Visit v) {
        return new Object[] {v.procedure().value(), Utc.of(v.queuedAt()), v.status().name(),
            v.window().orElse(null), v.targetWindow().orElse(null), v.calls(),
            Utc.of(v.firstCalledAt().orElse(null)), Utc.of(v.startedAt().orElse(null)),
            Utc.of(v.finishedAt().orElse(null))};
    }

    static Visit visit(Object[] row) {
        return Visit.reconstitute(new OfficeId((String) row[0]), NativeColumns.day(row[1]),
                new DisplayNumber((String) row[2]), VisitKind.valueOf((String) row[3]),
                new ProcedureCode((String) row[4]), Priority.valueOf((String) row[5]),
                Optional.ofNullable((String) row[6]), Optional.ofNullable((String) row[7]).map(ConfirmationCode::new),
                Optional.ofNullable(NativeColumns.instant(row[8])), NativeColumns.instant(row[9]),
                VisitStatus.valueOf((String) row[10]), Optional.ofNullable(NativeColumns.integerOrNull(row[11])),
                Optional.ofNullable(NativeColumns.integerOrNull(row[12])), NativeColumns.integer(row[13]),
                Optional.ofNullable(NativeColumns.instant(row[14])),
                Optional.ofNullable(NativeColumns.instant(row[15])),
                Optional.ofNullable(NativeColumns.instant(row[16])), NativeColumns.longValue(row[17]));
    }

    /** The columns of {@code visit_event} after its log position, in the order of {@code EVENT_COLUMNS}. */
    static Object[] values(VisitEvent e) {
        return new Object[] {e.office().value(), e.day(), e.number().value(), e.kind().name(), Utc.of(e.at()),
            e.window().orElse(null), e.by().orElse(null), e.detail().isEmpty() ? null : e.detail()};
    }

    static LoggedEvent event(Object[] row) {
        return new LoggedEvent(NativeColumns.longValue(row[0]), new VisitEvent(new OfficeId((String) row[1]),
                NativeColumns.day(row[2]), new DisplayNumber((String) row[3]), VisitEventKind.valueOf((String) row[4]),
                NativeColumns.instant(row[5]), Optional.ofNullable(NativeColumns.integerOrNull(row[6])),
                Optional.ofNullable((String) row[7]), (String) row[8]));
    }
}
