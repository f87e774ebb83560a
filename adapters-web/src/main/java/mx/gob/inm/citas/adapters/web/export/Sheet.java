package mx.gob.inm.citas.adapters.web.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: its {@code name} (the file's name without extension, and the Excel tab's), the
 * {@code preamble} lines written above the table inside the file ("Oficina: Cancún", "Generado: …"), the header row
 * and the rows. A cell is a {@link String} (always written as text, whatever it looks like), a {@link Number}
 * (written as a number), a {@link LocalDate} (a date cell in Excel, ISO text in CSV) or null (empty).
 */
public record Sheet(String name, List<String> preamble, List<String> headers, List<List<Object>> rows) {

    public Sheet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A sheet needs a name");
        }
        preamble = List.copyOf(preamble);
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            // cells may be null (empty), which List.copyOf refuses
            List<Object> cells = new ArrayList<>(row);
            cells.forEach(Sheet::checkCell);
            copied.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(copied);
    }

    private static void checkCell(Object cell) {
        if (cell == null || cell instanceof String || cell instanceof LocalDate) {
            return;
        }
        if (cell instanceof Number number) {
            if (number instanceof Double || number instanceof Float) {
                double value = number.doubleValue();
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("A number cell must be finite, not " + number);
                }
            }
            return;
        }
        throw new IllegalArgumentException("A cell is text, a number, a date or empty, not a "
                + Objects.requireNonNull(cell).getClass().getName());
    }
}
