package mx.gob.inm.citas.adapters.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Sheet} as CSV or as an Excel workbook. Both put the preamble on top, then an empty line, the header
 * row and the rows; both flush the stream and leave it open. No cell is ever a formula.
 */
public final class SheetWriters {

    /** What Excel, LibreOffice and Google Sheets read as the start of a formula (or a DDE command) in a CSV field. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String CRLF = "\r\n";
    /** Rows kept in memory while the workbook is written; the others go to a temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    private static final int WIDEST_COLUMN = 60;

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
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet tab = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheet.name()));
            DataFormat formats = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.setDataFormat(formats.getFormat("@"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));

            int next = 0;
            for (String line : sheet.preamble()) {
                Cell cell = tab.createRow(next++).createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(text);
            }
            if (!sheet.preamble().isEmpty()) {
                next++;
            }
            int[] widths = new int[columns(sheet)];
            Row headerRow = tab.createRow(next++);
            for (int c = 0; c < sheet.headers().size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(sheet.headers().get(c));
                cell.setCellStyle(header);
                widths[c] = Math.max(widths[c], sheet.headers().get(c).length());
            }
            for (List<Object> cells : sheet.rows()) {
                Row row = tab.createRow(next++);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof String string) {
                        cell.setCellValue(string);
                        cell.setCellStyle(text);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((LocalDate) value);
                        cell.setCellStyle(date);
                    }
                    widths[c] = Math.max(widths[c], shown(value).length());
                }
            }
            // measured from the text, not with autoSizeColumn: that needs the fonts of a desktop
            for (int c = 0; c < widths.length; c++) {
                tab.setColumnWidth(c, Math.min(Math.max(widths[c], 8) + 2, WIDEST_COLUMN) * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            // also deletes the temporary file of the rows written out of memory
            workbook.close();
        }
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
