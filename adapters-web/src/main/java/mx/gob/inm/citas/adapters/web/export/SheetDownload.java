package mx.gob.inm.citas.adapters.web.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;

/** Sends a {@link Sheet} as the answer to a Faces action: a file download, instead of the page. */
public final class SheetDownload {

    private SheetDownload() {
    }

    /**
     * Streams {@code sheet} in {@code format} as an attachment named after the sheet ({@code agenda-qroo-cancun-
     * 2026-12-01.csv}) and completes the response, so no page is rendered after it. Call it from a non-Ajax action,
     * before anything was written. The file is not cached: exports hold applicants' data.
     */
    public static void send(FacesContext faces, Sheet sheet, Format format) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName(sheet, format)
                + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        OutputStream out = external.getResponseOutputStream();
        format.write(sheet, out);
        out.flush();
        faces.responseComplete();
    }

    /**
     * The sheet's name as a file name every browser and file system takes: letters, digits, dots, hyphens and
     * underscores only (anything else becomes a hyphen), with the format's extension.
     */
    static String fileName(Sheet sheet, Format format) {
        String base = Normalizer.normalize(sheet.name().strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return (base.isEmpty() ? "export" : base) + "." + format.extension();
    }
}
