package mx.gob.inm.citas.adapters.mail;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import mx.gob.inm.citas.application.port.out.AppointmentProofs;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.office.ZoneName;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Adapter: the proof of an appointment as a one-page A4 PDF (PDFBox): a header band with INM's name, the
 * confirmation code as a large QR code (ZXing) drawn as vector squares, so that it prints sharp and a phone's
 * screen scans it, then who, what, when and where, what to bring and until when it can be changed online. What an
 * applicant typed is set in Liberation Sans, embedded, so that any name (Łukasz, Nguyễn) prints as typed; labels
 * in the standard Helvetica Bold.
 */
@ApplicationScoped
public class PdfAppointmentProofs implements AppointmentProofs {

    private static final String BUNDLE = "mail.messages";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** The font file, read once; each proof parses its own copy (a parsed font is not for several threads). */
    private static final byte[] FONT_BYTES = fontBytes();
    private static final float MARGIN = 50;
    private static final float HEADER = 72;
    /** About 7 cm: 7 points a module, scanned from a phone's screen at arm's length or from paper. */
    private static final float QR_SIZE = 200;
    /** INM's guinda, #611232. */
    private static final float[] INM_RED = {0x61 / 255f, 0x12 / 255f, 0x32 / 255f};


    /** Whether a mail of this kind carries the proof: the confirmation and each move, with the new time. */
    static boolean isAttachedTo(NotificationKind kind) {
        return kind == NotificationKind.CONFIRMATION || kind == NotificationKind.RESCHEDULE;
    }

    /** The attachment's name: {@code comprobante-<code>.pdf}, in every language (as the site's download). */
    static String fileName(Notification n) {
        return "comprobante-" + n.confirmationCode() + ".pdf";
    }

    private static byte[] fontBytes() {
        try (InputStream font = PdfAppointmentProofs.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("The proof's font " + FONT + " is not on the class path");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] proofOf(Notification n) {
        Locale locale = n.language().locale();
        try (PDDocument document = new PDDocument();
                TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES))) {
            // No glyph substitution: PDFBox would rewrite every string shown through the font's GSUB table (which
            // compiles regular expressions for each string, most of a proof's cost), only to join letters into
            // ligatures that a copy of the text or a screen reader then loses.
            face.setEnableGsub(false);
            PDFont text = PDType0Font.load(document, face, true);
            // labels and headings: the standard Helvetica Bold, not embedded, for the bundles' own Latin-1 words
            // only; one per document, as a font caches its widths unguarded
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(message(locale, "proof.title") + " " + n.confirmationCode());
            info.setAuthor(message(locale, "proof.institute"));
            float pageWidth = page.getMediaBox().getWidth();
            float pageHeight = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                header(content, bold, message(locale, "proof.institute"), message(locale, "proof.title"), pageWidth,
                        pageHeight);
                Writer writer = new Writer(content, text, bold, pageWidth - 2 * MARGIN, pageHeight - HEADER - 18);
                float qrTop = writer.y;
                float qrX = pageWidth - MARGIN - QR_SIZE;
                drawQr(content, n.confirmationCode(), qrX, qrTop - QR_SIZE);
                writer.centred(message(locale, "proof.scan"), 9, qrX + QR_SIZE / 2, qrTop - QR_SIZE - 12);
                writer.width -= QR_SIZE + 20;
                writer.field(message(locale, "proof.code"), n.confirmationCode(), 22);
                writer.field(message(locale, "proof.applicant"), n.applicantName(), 12);
                writer.field(message(locale, "proof.nationality"), nationality(n.nationality(), locale), 12);
                writer.field(message(locale, "proof.passport"), n.maskedPassport(), 12);
                writer.y = Math.min(writer.y, qrTop - QR_SIZE - 20);
                writer.width += QR_SIZE + 20;
                writer.rule();
                writer.field(message(locale, "proof.procedure"), n.procedureName(), 12);
                writer.field(message(locale, "proof.when"), when(n, locale), 12);
                writer.field(message(locale, "proof.office"), n.officeName() + ", " + n.officeAddress(), 12);
                writer.rule();
                writer.boldParagraph(message(locale, "proof.arrive"), 11);
                writer.gap(8);
                writer.label(message(locale, "proof.bring"), 11);
                String changes = n.changeDeadline() == null ? message(locale, "proof.noChanges")
                        : message(locale, "proof.changeUntil",
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)
                                        .format(n.changeDeadline()),
                                DateTimeFormatter.ofPattern("HH:mm").format(n.changeDeadline()),
                                ZoneName.of(n.start().getZone(), n.language()));
                List<String> bullets = n.requirements().stream().map(r -> "• " + r).toList();
                // however many requirements a procedure has, the proof stays one page: the list gets smaller
                float size = writer.fittingSize(bullets, changes, MARGIN);
                for (String bullet : bullets) {
                    writer.paragraph(bullet, size);
                }
                writer.rule();
                writer.paragraph(changes, Math.min(size, 11));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The proof of appointment " + n.confirmationCode() + " was not written", e);
        }
    }

    /** A band in INM's colour across the top: the institute's name, and what the paper is. */
    private static void header(PDPageContentStream content, PDFont bold, String institute, String title,
            float width, float height) throws IOException {
        content.setNonStrokingColor(INM_RED[0], INM_RED[1], INM_RED[2]);
        content.addRect(0, height - HEADER, width, HEADER);
        content.fill();
        content.setNonStrokingColor(1f, 1f, 1f);
        content.beginText();
        content.setFont(bold, 18);
        content.newLineAtOffset(MARGIN, height - 34);
        content.showText(institute);
        content.endText();
        content.beginText();
        content.setFont(bold, 12);
        content.newLineAtOffset(MARGIN, height - 56);
        content.showText(title);
        content.endText();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    private static String when(Notification n, Locale locale) {
        return n.start().format(DateTimeFormatter.ofPattern(ResourceBundle.getBundle(BUNDLE, locale)
                .getString("proof.datePattern"), locale)) + ", " + ZoneName.of(n.start().getZone(), n.language());
    }

    private static String nationality(String alpha3, Locale locale) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            if (country.getISO3Country().equals(alpha3)) {
                return country.getDisplayCountry(locale);
            }
        }
        return alpha3;
    }

    private static void drawQr(PDPageContentStream content, String code, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("A confirmation code does not fit in a QR code", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    private static String message(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }

    /** Writes lines from the top down, wrapping words at the width. */
    private static final class Writer {
        private static final float LEADING = 1.35f;
        private final PDPageContentStream content;
        private final PDFont font;
        private final PDFont bold;
        private float width;
        private float y;

        Writer(PDPageContentStream content, PDFont font, PDFont bold, float width, float top) {
            this.content = content;
            this.font = font;
            this.bold = bold;
            this.width = width;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        /** A thin grey line across the width, between the proof's parts. */
        void rule() throws IOException {
            y -= 10;
            content.setStrokingColor(0.7f, 0.7f, 0.7f);
            content.setLineWidth(0.8f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width, y);
            content.stroke();
            y -= 10;
        }

        void label(String text, float size) throws IOException {
            show(bold, text, size, MARGIN);
        }

        void field(String label, String value, float size) throws IOException {
            label(label, 9);
            paragraph(value, size);
            gap(5);
        }

        void paragraph(String text, float size) throws IOException {
            for (String wrapped : wrap(font, text, size)) {
                show(font, wrapped, size, MARGIN);
            }
        }

        void boldParagraph(String text, float size) throws IOException {
            for (String wrapped : wrap(bold, text, size)) {
                show(bold, wrapped, size, MARGIN);
            }
        }

        void centred(String text, float size, float centre, float baseline) throws IOException {
            float textWidth = bold.getStringWidth(text) / 1000 * size;
            content.beginText();
            content.setFont(bold, size);
            content.newLineAtOffset(centre - textWidth / 2, baseline);
            content.showText(text);
            content.endText();
        }

        /**
         * The largest size, from 11 points down to 6, at which the bullets, a rule and the closing paragraph fit
         * above the bottom margin.
         */
        float fittingSize(List<String> bullets, String closing, float bottom) throws IOException {
            float size = 11;
            while (size > 6 && y - height(bullets, closing, size) < bottom) {
                size -= 0.5f;
            }
            return size;
        }

        private float height(List<String> bullets, String closing, float size) throws IOException {
            int lines = 0;
            for (String bullet : bullets) {
                lines += wrap(font, bullet, size).size();
            }
            float closingSize = Math.min(size, 11);
            return lines * size * LEADING + 18 + wrap(font, closing, closingSize).size() * closingSize * LEADING;
        }

        private void show(PDFont face, String text, float size, float x) throws IOException {
            y -= size * LEADING;
            content.beginText();
            content.setFont(face, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private List<String> wrap(PDFont face, String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (face.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
