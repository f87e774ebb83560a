package mx.gob.inm.citas.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class FirstSignInNoticeTest {

    private final List<String> written = new ArrayList<>();
    private final List<Runnable> later = new ArrayList<>();
    private final FirstSignInNotice notice = new FirstSignInNotice("VdeZG4xnKAnCb4yfZeBC", written::add,
            later::add);

    @Test
    void the_block_comes_after_payaras_last_start_up_line_with_the_port_it_serves() {
        notice.publish(new LogRecord(Level.INFO, "Deployed 1 archive(s)"));
        assertThat(written).isEmpty();
        notice.publish(new LogRecord(Level.INFO, "\nPayara Micro URLs:\nhttp://192.0.2.2:9090/\n"));
        notice.publish(new LogRecord(Level.INFO, "Payara Micro 6.2025.10 (build 42) ready in 15,506 (ms)"));
        assertThat(written).as("not before Payara's own last line is out").isEmpty();
        later.forEach(Runnable::run);

        assertThat(written).hasSize(1);
        assertThat(written.get(0)).contains("http://localhost:9090/console/", "User:         admin",
                "Password:     VdeZG4xnKAnCb4yfZeBC", "shown only this once", "CITAS_ADMIN_PASSWORD");
    }

    @Test
    void the_block_is_framed_and_written_once() {
        notice.publish(new LogRecord(Level.INFO, "Payara Micro 6.2025.10 (build 42) ready in 15,506 (ms)"));
        later.forEach(Runnable::run);
        notice.flush();
        notice.publish(new LogRecord(Level.INFO, "ready in 1 (ms)"));

        assertThat(written).hasSize(1);
        List<String> lines = written.get(0).strip().lines().toList();
        assertThat(lines.get(0)).matches("\\+-+\\+");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(lines.get(0));
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(line -> assertThat(line).startsWith("| ")
                .endsWith(" |").hasSameSizeAs(lines.get(0)));
    }

    @Test
    void without_payaras_lines_the_flush_writes_it_for_the_default_port() {
        notice.flush();
        assertThat(written).singleElement().asString().contains("http://localhost:8080/console/");
    }
}
