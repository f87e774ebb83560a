package mx.gob.inm.citas.adapters.web.export;

import java.io.IOException;
import java.io.OutputStream;

/** The kinds of file a {@link Sheet} is exported as, with the content type and extension each is served with. */
public enum Format {

    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Writes {@code sheet} in this format ({@link SheetWriters}). */
    public void write(Sheet sheet, OutputStream out) throws IOException {
        if (this == CSV) {
            SheetWriters.csv(sheet, out);
        } else {
            SheetWriters.xlsx(sheet, out);
        }
    }
}
