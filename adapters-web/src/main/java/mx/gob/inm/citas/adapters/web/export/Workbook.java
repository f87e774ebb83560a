package mx.gob.inm.citas.adapters.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Excel workbook of one tab written as the parts of Office Open XML's SpreadsheetML (ECMA-376), each text cell an
 * inline string: the few parts a sheet of text, numbers and dates needs, not a spreadsheet library of ten thousand
 * classes that the server would scan at every start. The tests read what it writes with Apache POI, as a
 * spreadsheet program would.
 */
final class Workbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    /** Styles, by their index in {@code cellXfs}: plain, text ("@", built-in format 49), bold text, date. */
    private static final int TEXT = 1;
    private static final int HEADER = 2;
    private static final int DATE = 3;
    /** Day 0 of the 1900 date system as spreadsheets count it today (1899-12-30: Lotus's leap-year bug included). */
    private static final long DAY_ZERO = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final int WIDEST_COLUMN = 60;
    private static final int LONGEST_TAB_NAME = 31;

    private Workbook() {
    }

    static void write(Sheet sheet, int[] widths, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        part(zip, xml, "[Content_Types].xml", "<Types xmlns=\"" + CONTENT_TYPES + "\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT + "styles+xml\"/></Types>");
        part(zip, xml, "_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part(zip, xml, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                + "<sheet name=\"" + escaped(tabName(sheet.name())) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>");
        part(zip, xml, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part(zip, xml, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                + " applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");

        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write(prolog() + "<worksheet xmlns=\"" + MAIN + "\">");
        if (widths.length > 0) {
            xml.write("<cols>");
            for (int c = 0; c < widths.length; c++) {
                int width = Math.min(Math.max(widths[c], 8) + 2, WIDEST_COLUMN);
                xml.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width
                        + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols>");
        }
        xml.write("<sheetData>");
        int next = 0;
        for (String line : sheet.preamble()) {
            row(xml, ++next, List.of(line), TEXT);
        }
        if (!sheet.preamble().isEmpty()) {
            next++;
        }
        row(xml, ++next, List.copyOf(sheet.headers()), HEADER);
        for (List<Object> cells : sheet.rows()) {
            row(xml, ++next, cells, TEXT);
        }
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
        zip.finish();
        out.flush();
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(prolog());
        xml.write(body);
        xml.flush();
        zip.closeEntry();
    }

    private static String prolog() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    }

    /** One row; its text cells have {@code textStyle}. Empty cells are left out, as spreadsheets write them. */
    private static void row(Writer xml, int number, List<Object> cells, int textStyle) throws IOException {
        xml.write("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            String at = column(c) + number;
            if (value instanceof String text) {
                xml.write("<c r=\"" + at + "\" s=\"" + textStyle + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                xml.write(escaped(text));
                xml.write("</t></is></c>");
            } else if (value instanceof Number amount) {
                xml.write("<c r=\"" + at + "\"><v>" + amount.doubleValue() + "</v></c>");
            } else {
                long serial = ((LocalDate) value).toEpochDay() - DAY_ZERO;
                xml.write("<c r=\"" + at + "\" s=\"" + DATE + "\"><v>" + serial + "</v></c>");
            }
        }
        xml.write("</row>");
    }

    /** The column's letters: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * A name Excel accepts for a tab: at most 31 characters, none of {@code \ / ? * [ ] :} (each becomes a space),
     * not starting or ending with an apostrophe, and not empty.
     */
    static String tabName(String name) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < LONGEST_TAB_NAME; i++) {
            char ch = name.charAt(i);
            safe.append("\\/?*[]:".indexOf(ch) >= 0 ? ' ' : ch);
        }
        while (safe.length() > 0 && safe.charAt(0) == '\'') {
            safe.deleteCharAt(0);
        }
        while (safe.length() > 0 && safe.charAt(safe.length() - 1) == '\'') {
            safe.deleteCharAt(safe.length() - 1);
        }
        return safe.toString().isBlank() ? "Hoja" : safe.toString();
    }

    /**
     * Text as XML character data: markup characters as entities, a carriage return as a character reference (a
     * parser would turn a literal one into a line feed), and the control characters XML 1.0 cannot carry as
     * SpreadsheetML's {@code _xHHHH_} escapes; an underscore that would read as the start of one is escaped itself.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(ch);
                case '_' -> out.append(looksEscaped(text, i) ? "_x005F_" : "_");
                default -> {
                    if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                        out.append(String.format("_x%04X_", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code _xHHHH_} starts at {@code at}. */
    private static boolean looksEscaped(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
