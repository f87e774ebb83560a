package mx.gob.inm.citas.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfAppointmentProofsTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 9, 10, 30, 0, 0,
            ZoneId.of("America/Cancun"));

    private final PdfAppointmentProofs proofs = new PdfAppointmentProofs();

    @Test
    void the_spanish_proof_says_who_where_when_in_the_offices_zone_and_what_to_bring() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(notification(Language.SPANISH, "Łukasz Nguyễn")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Instituto Nacional de Migración", "Comprobante de cita", "7KX2M9QD",
                    "Łukasz Nguyễn", "Guatemala", "*****567", "Canje de visa",
                    "martes 9 de marzo de 2027, 10:30, hora del Sureste", "Av. Tulum 1, Cancún", "Pasaporte vigente", "Llegue 10 minutos antes",
                    "Puede cambiar o cancelar su cita en línea hasta el lunes, 8 de marzo de 2027 a las 10:30,"
                            + " hora del Sureste.")
                    .doesNotContain("GTM123456", "Eastern");
        }
    }

    @Test
    void the_qr_code_on_the_page_reads_as_the_confirmation_code() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(notification(Language.ENGLISH, "Ana López")))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("7KX2M9QD");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Proof of appointment",
                    "Tuesday, March 9, 2027, 10:30, Mexico Southeast Time", "Show this code at the office")
                    .doesNotContain("((", "(Southeast");
        }
    }

    @Test
    void the_qr_code_is_large_enough_to_read_from_a_small_rendering_like_a_phone_screen() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(notification(Language.SPANISH, "Ana López")))) {
            // a whole A4 page shown 360 px wide, as on a phone held upright
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 360f / 595f);
            assertThat(page.getWidth()).isBetween(355, 365);
            assertThat(decode(page)).isEqualTo("7KX2M9QD");
        }
    }

    @Test
    void the_header_names_inm_in_bold_and_the_labels_are_bold_beside_the_embedded_font() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(notification(Language.SPANISH, "Ana López")))) {
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                fonts.add(pdf.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.equals("Helvetica-Bold")).anyMatch(f -> f.contains("LiberationSans"));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.lines().findFirst()).contains("Instituto Nacional de Migración");
            assertThat(text.lines().skip(1).findFirst()).contains("Comprobante de cita");
        }
    }

    @Test
    void twelve_long_requirements_still_fit_on_one_page_every_one_of_them() throws Exception {
        List<String> twelve = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add("Requisito " + i + ": acta de matrimonio, divorcio o defunción, apostillada o legalizada y"
                    + " traducida si aplica, original y copia");
        }
        Notification many = notification(Language.SPANISH, "Ana López");
        many = new Notification(many.messageId(), many.kind(), many.language(), many.recipient(), many.applicantName(),
                many.confirmationCode(), null, many.holdExpiresAt(), many.officeName(),
                "Boulevard Kukulcán km 12.5, Zona Hotelera, Cancún, Benito Juárez, Quintana Roo, C.P. 77500",
                many.start(), many.end(), many.procedureName(), twelve, 0, "GTM", "*****567", many.changeDeadline(),
                null, null);
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(many))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (int i = 1; i <= 12; i++) {
                assertThat(text).contains("Requisito " + i + ": acta");
            }
            assertThat(text).contains("Puede cambiar o cancelar su cita en línea hasta el", "C.P. 77500");
            assertThat(lowestTextFromTop(pdf)).as("the last line stays above the bottom margin")
                    .isLessThan(pdf.getPage(0).getMediaBox().getHeight() - 36);
        }
    }

    /** How far down the page (in points from the top) the lowest glyph sits. */
    private static float lowestTextFromTop(PDDocument pdf) throws Exception {
        float[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> lowest[0] = Math.max(lowest[0], p.getYDirAdj()));
            }
        };
        stripper.getText(pdf);
        return lowest[0];
    }

    private static String decode(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void inside_the_cut_off_the_proof_says_it_can_no_longer_be_changed_online() throws Exception {
        Notification late = notification(Language.SPANISH, "Ana López");
        late = new Notification(late.messageId(), late.kind(), late.language(), late.recipient(), late.applicantName(),
                late.confirmationCode(), null, late.holdExpiresAt(), late.officeName(), late.officeAddress(),
                late.start(), late.end(), late.procedureName(), late.requirements(), 0, "GTM", "*****567", null, null, null);
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(late))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("ya no se puede cambiar ni cancelar en línea")
                    .doesNotContain("Puede cambiar");
        }
    }

    private static Notification notification(Language language, String name) {
        boolean english = language == Language.ENGLISH;
        return new Notification("msg-1", NotificationKind.CONFIRMATION, language, "ana@ejemplo.mx", name, "7KX2M9QD",
                null, START.minusDays(3), "Oficina de Representación Cancún", "Av. Tulum 1, Cancún", START,
                START.plusMinutes(30), english ? "Exchange of visa" : "Canje de visa",
                english ? List.of("Valid passport") : List.of("Pasaporte vigente"), 0, "GTM", "*****567",
                START.minusDays(1), null, null);
    }
}
