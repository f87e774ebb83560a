package mx.gob.inm.citas.adapters.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Sheet} as CSV or as an Excel workbook. Both put the preamble on top, then an empty line, the header
 * row and the rows; both flush the stream and leave it open. No cell is ever a formula.
 */
public final class SheetWriters {

    /** What Excel, LibreOffice and Google Sheets read as the start of a formula (or a DDE command) in a CSV field. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String CRLF = "\r\n";

    private SheetWriters() {
    }

    /**
     * CSV as RFC 4180 has it (comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
     * line break), in UTF-8 with a byte order mark so that Excel reads the accents. A text cell that a spreadsheet
     * would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) starts with an apostrophe
     * instead; numbers are written plainly (never {@code 5.6E8}), dates as {@code 2026-12-01}.
     */
    public static void csv(Sheet sheet, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write('\uFEFF');
        for (String line : sheet.preamble()) {
            record(csv, List.of(line));
        }
        if (!sheet.preamble().isEmpty()) {
            csv.write(CRLF);
        }
        record(csv, new ArrayList<>(sheet.headers()));
        for (List<Object> row : sheet.rows()) {
            record(csv, row);
        }
        csv.flush();
    }

    /**
     * An Excel workbook (Office Open XML) with one tab named after the sheet: the preamble lines in the first column,
     * the header row in bold, then the rows. Text cells are string cells formatted as text, so "0561234567" stays
     * as typed and "=HYPERLINK(…)" is only words; numbers are numeric cells, dates date cells ({@code yyyy-mm-dd}).
     */
    public static void xlsx(Sheet sheet, OutputStream out) throws IOException {
        // measured from the text, as no desktop fonts are at hand on a server
        int[] widths = new int[columns(sheet)];
        for (int c = 0; c < sheet.headers().size(); c++) {
            widths[c] = sheet.headers().get(c).length();
        }
        for (List<Object> cells : sheet.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null) {
                    widths[c] = Math.max(widths[c], shown(cells.get(c)).length());
                }
            }
        }
        Workbook.write(sheet, widths, out);
    }

    private static int columns(Sheet sheet) {
        int columns = sheet.headers().size();
        for (List<Object> row : sheet.rows()) {
            columns = Math.max(columns, row.size());
        }
        return columns;
    }

    private static void record(Writer csv, List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                csv.write(',');
            }
            csv.write(field(cells.get(c)));
        }
        csv.write(CRLF);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            String safe = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
            boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                    || safe.indexOf('\r') >= 0;
            return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
        }
        return shown(value);
    }

    /** A number without exponent or trailing zeros ("561234567", "2.5"), a date as ISO, text as it is. */
    private static String shown(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number && !(value instanceof BigInteger)) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }
}
