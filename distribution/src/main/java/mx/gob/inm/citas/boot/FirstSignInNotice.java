package mx.gob.inm.citas.boot;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the person who just started the application how to sign in to the console with the generated password of
 * {@code admin}, in a framed block after Payara Micro's own last start-up line ("… ready in … (ms)"), where it
 * cannot be missed among the hundreds of lines before it. The block is written once; were the start-up line never
 * seen (another server), it is written when {@link #flush} is called.
 */
final class FirstSignInNotice extends Handler {

    /** The logger Payara Micro writes its "URLs" and "ready in" lines to. */
    static final String PAYARA_MICRO_LOGGER = "PayaraMicro";
    private static final Pattern URL = Pattern.compile("(https?://[^\\s/]+)/");

    private final String password;
    private final Consumer<String> out;
    private final Consumer<Runnable> afterThisLine;
    private final AtomicBoolean written = new AtomicBoolean();
    private volatile String baseUrl;

    /**
     * @param afterThisLine runs the writing once the line being logged is out: a handler of Payara Micro's logger
     *     sees each line before the console does
     */
    FirstSignInNotice(String password, Consumer<String> out, Consumer<Runnable> afterThisLine) {
        this.password = password;
        this.out = out;
        this.afterThisLine = afterThisLine;
    }

    /** Waits for Payara Micro's last start-up line to write the block after it. */
    static FirstSignInNotice afterStartUp(String password, Logger log, Consumer<Runnable> afterThisLine) {
        FirstSignInNotice notice = new FirstSignInNotice(password, block -> log.log(Level.WARNING, block),
                afterThisLine);
        Logger.getLogger(PAYARA_MICRO_LOGGER).addHandler(notice);
        return notice;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        Matcher url = URL.matcher(message);
        if (baseUrl == null && message.contains("Payara Micro URLs") && url.find()) {
            baseUrl = url.group(1);
        }
        if (message.contains("ready in")) {
            afterThisLine.accept(this::flush);
        }
    }

    /** Writes the block now, unless it was written already. */
    @Override
    public void flush() {
        if (written.compareAndSet(false, true)) {
            Logger.getLogger(PAYARA_MICRO_LOGGER).removeHandler(this);
            out.accept(block());
        }
    }

    @Override
    public void close() {
        flush();
    }

    String block() {
        String console = Optional.ofNullable(baseUrl).map(u -> u.replaceFirst("//[^:/]+", "//localhost"))
                .orElse("http://localhost:8080") + "/console/";
        String[] lines = {
            "Citas INM is ready.",
            "",
            "  Public site:  " + console.replace("/console/", "/"),
            "  Console:      " + console,
            "  User:         admin",
            "  Password:     " + password,
            "",
            "This password was generated now and is shown only this once: keep it safe.",
            "(Set CITAS_ADMIN_PASSWORD before the first start to choose it yourself.)",
        };
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        StringBuilder block = new StringBuilder("\n+").append("-".repeat(width + 2)).append("+\n");
        for (String line : lines) {
            block.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |\n");
        }
        return block.append('+').append("-".repeat(width + 2)).append("+\n").toString();
    }
}
