package mx.gob.inm.citas.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfAppointmentProofsTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 9, 10, 30, 0, 0,
            ZoneId.of("America/Cancun"));

    private final PdfAppointmentProofs proofs = new PdfAppointmentProofs();

    @Test
    void the_spanish_proof_says_who_where_when_in_the_offices_zone_and_what_to_bring() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(proofs.proofOf(notification(Language.SPANISH, "Łukasz Nguyễn")))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Instituto Nacional de Migración", "Comprobante de cita", "7KX2M9QD",
                    "Łukasz Nguyễn", "Guatemala", "*****567", "Canje de visa", "martes 9 de marzo de 2027, 10:30",
                    "hora del Sureste", "Av. Tulum 1, Cancún", "Pasaporte vigente", "Llegue 10 minutos antes",
                    "Puede cambiar o cancelar su cita en línea hasta el")
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
            assertThat(new PDFTextStripper().getText(pdf)).contains("Proof of appointment", "Tuesday, March 9, 2027",
                    "Southeast time (Mexico)");
        }
    }

    @Test
    void inside_the_cut_off_the_proof_says_it_can_no_longer_be_changed_online() throws Exception {
        Notification late = notification(Language.SPANISH, "Ana López");
        late = new Notification(late.messageId(), late.kind(), late.language(), late.recipient(), late.applicantName(),
                late.confirmationCode(), null, late.holdExpiresAt(), late.officeName(), late.officeAddress(),
                late.start(), late.end(), late.procedureName(), late.requirements(), 0, "GTM", "*****567", null, null);
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
                START.minusDays(1), null);
    }
}
