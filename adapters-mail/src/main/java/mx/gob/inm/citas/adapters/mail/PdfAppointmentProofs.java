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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Adapter: the proof of an appointment as a one-page A4 PDF (PDFBox), with the confirmation code as a QR code
 * (ZXing) drawn as vector squares, so that it prints sharp and a phone's screen scans it. The text is set in
 * Liberation Sans, embedded, so that any name an applicant types (Łukasz, Nguyễn) prints as typed.
 */
@ApplicationScoped
public class PdfAppointmentProofs implements AppointmentProofs {

    private static final String BUNDLE = "mail.messages";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 150;

    /** Whether a mail of this kind carries the proof: the confirmation and each move, with the new time. */
    static boolean isAttachedTo(NotificationKind kind) {
        return kind == NotificationKind.CONFIRMATION || kind == NotificationKind.RESCHEDULE;
    }

    /** The attachment's name: {@code comprobante-<code>.pdf}, in every language (as the site's download). */
    static String fileName(Notification n) {
        return "comprobante-" + n.confirmationCode() + ".pdf";
    }

    @Override
    public byte[] proofOf(Notification n) {
        Locale locale = n.language().locale();
        try (PDDocument document = new PDDocument(); InputStream font = PdfAppointmentProofs.class
                .getResourceAsStream(FONT)) {
            PDFont text = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(message(locale, "proof.title") + " " + n.confirmationCode());
            info.setAuthor(message(locale, "proof.institute"));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content, text, page.getMediaBox().getWidth() - 2 * MARGIN,
                        page.getMediaBox().getHeight() - MARGIN);
                writer.line(message(locale, "proof.institute"), 16);
                writer.line(message(locale, "proof.title"), 13);
                writer.gap(10);
                float qrTop = writer.y;
                drawQr(content, n.confirmationCode(), page.getMediaBox().getWidth() - MARGIN - QR_SIZE,
                        qrTop - QR_SIZE);
                writer.width -= QR_SIZE + 16;
                writer.field(message(locale, "proof.code"), n.confirmationCode(), 20);
                writer.field(message(locale, "proof.applicant"), n.applicantName(), 12);
                writer.field(message(locale, "proof.nationality"), nationality(n.nationality(), locale), 12);
                writer.field(message(locale, "proof.passport"), n.maskedPassport(), 12);
                writer.y = Math.min(writer.y, qrTop - QR_SIZE - 12);
                writer.width += QR_SIZE + 16;
                writer.field(message(locale, "proof.procedure"), n.procedureName(), 12);
                writer.field(message(locale, "proof.when"), when(n, locale), 12);
                writer.field(message(locale, "proof.office"), n.officeName() + ", " + n.officeAddress(), 12);
                writer.gap(6);
                writer.paragraph(message(locale, "proof.arrive"), 11);
                writer.gap(6);
                writer.line(message(locale, "proof.bring"), 12);
                for (String requirement : n.requirements()) {
                    writer.paragraph("• " + requirement, 11);
                }
                writer.gap(6);
                writer.paragraph(n.changeDeadline() == null ? message(locale, "proof.noChanges")
                        : message(locale, "proof.changeUntil", n.changeDeadline().format(
                                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                        .withLocale(locale)), ZoneName.of(n.start().getZone(), n.language())), 11);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The proof of appointment " + n.confirmationCode() + " was not written", e);
        }
    }

    private static String when(Notification n, Locale locale) {
        return n.start().format(DateTimeFormatter.ofPattern(ResourceBundle.getBundle(BUNDLE, locale)
                .getString("proof.datePattern"), locale)) + " (" + ZoneName.of(n.start().getZone(), n.language()) + ")";
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
        private final PDPageContentStream content;
        private final PDFont font;
        private float width;
        private float y;

        Writer(PDPageContentStream content, PDFont font, float width, float top) {
            this.content = content;
            this.font = font;
            this.width = width;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void line(String text, float size) throws IOException {
            y -= size * 1.35f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        void field(String label, String value, float size) throws IOException {
            line(label, 9);
            paragraph(value, size);
            gap(4);
        }

        void paragraph(String text, float size) throws IOException {
            for (String wrapped : wrap(text, size)) {
                line(wrapped, size);
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
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
