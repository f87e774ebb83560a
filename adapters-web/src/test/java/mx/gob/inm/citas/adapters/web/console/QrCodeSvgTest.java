package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ticket's QR code: the SVG drawn, read back by ZXing's own reader, gives the status page's address. */
class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    /** Pixels per module when the SVG is drawn back into an image. */
    private static final int SCALE = 4;

    @Test
    void the_svg_drawn_for_a_tickets_status_page_reads_back_as_its_address() throws Exception {
        String url = TicketCard.statusUrl(FloorServices.BASE_URL + "/", "cdmx-ciudad-de-mexico", "A-017");
        assertThat(url).isEqualTo("https://citas.inm.gob.mx/turno?office=cdmx-ciudad-de-mexico&number=A-017");

        String svg = QrCodeSvg.of(url, "Código QR del turno A-017");

        assertThat(decode(svg)).isEqualTo(url);
    }

    @Test
    void another_address_reads_back_as_itself_not_as_the_first() throws Exception {
        String first = TicketCard.statusUrl(FloorServices.BASE_URL, "qroo-cancun", "B-002");
        String second = TicketCard.statusUrl(FloorServices.BASE_URL, "qroo-cancun", "B-003");

        assertThat(decode(QrCodeSvg.of(second, "x"))).isEqualTo(second).isNotEqualTo(first);
    }

    @Test
    void the_svg_is_an_image_with_its_name_escaped_and_nothing_that_runs_or_loads() {
        String svg = QrCodeSvg.of("https://citas.inm.gob.mx/turno?office=a&number=A-001", "Turno \"A-001\" <&>");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("role=\"img\"", "aria-label=\"Turno &quot;A-001&quot; &lt;&amp;&gt;\"")
                .doesNotContain("<script", "href", "url(", "number=A-001").doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void the_code_keeps_its_quiet_zone_of_four_modules() {
        String svg = QrCodeSvg.of("https://citas.inm.gob.mx/turno?office=a&number=A-001", "x");
        int size = size(svg);
        boolean[][] dark = draw(svg, 1);

        for (int i = 0; i < size; i++) {
            for (int edge = 0; edge < QrCodeSvg.QUIET_ZONE; edge++) {
                assertThat(dark[edge][i] || dark[i][edge] || dark[size - 1 - edge][i] || dark[i][size - 1 - edge])
                        .isFalse();
            }
        }
        assertThat(dark[QrCodeSvg.QUIET_ZONE][QrCodeSvg.QUIET_ZONE]).as("a finder pattern's corner").isTrue();
    }

    /** Draws the SVG's runs of dark modules into an image and reads it with ZXing. */
    static String decode(String svg) throws Exception {
        int size = size(svg) * SCALE;
        boolean[][] dark = draw(svg, SCALE);
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (dark[y][x]) {
                    pixels[y * size + x] = 0xFF000000;
                }
            }
        }
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size, size, pixels))));
        return result.getText();
    }

    private static int size(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        assertThat(box.group(1)).isEqualTo(box.group(2));
        return Integer.parseInt(box.group(1));
    }

    private static boolean[][] draw(String svg, int scale) {
        int size = size(svg) * scale;
        boolean[][] dark = new boolean[size][size];
        Matcher run = RUN.matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < length * scale; dx++) {
                    dark[y * scale + dy][x * scale + dx] = true;
                }
            }
        }
        assertThat(runs).isPositive();
        return dark;
    }
}
