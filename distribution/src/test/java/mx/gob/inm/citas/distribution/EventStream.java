package mx.gob.inm.citas.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Server-Sent Events client written by hand from a chosen loopback source address (as {@link LoopbackClient}),
 * so that one test is as many clients as it likes: it reads the answer's status and headers, then the stream's
 * events one by one (the chunks of the body decoded), and can be dropped like a screen switched off.
 */
final class EventStream implements AutoCloseable {

    /** One event: its name, id, retry hint and data (null where the event had none), or a comment. */
    record Event(String name, String id, String retry, String data, String comment) {
    }

    private final Socket socket;
    private final InputStream in;
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean chunked;
    /** The body of an answer that is no stream (a problem). */
    String body = "";

    private EventStream(String source, int port, String target) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + "Cache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        in = socket.getInputStream();
        socket.setSoTimeout(30_000);
        String statusLine = rawLine();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String line = rawLine(); !line.isEmpty(); line = rawLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        if (status != 200) {
            String length = headers.get("content-length");
            body = length == null ? "" : new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
        }
    }

    /** Opens {@code target} on the server at {@code port}, from {@code source} (an address of 127.0.0.0/8). */
    static EventStream open(String source, int port, String target) {
        try {
            return new EventStream(source, port, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The next event or comment, waiting at most {@code wait}; null when none came in time. */
    Event next(Duration wait) {
        try {
            socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
            String name = null;
            String id = null;
            String retry = null;
            StringBuilder data = null;
            String comment = null;
            while (true) {
                String line = line();
                if (line.isEmpty()) {
                    if (name != null || id != null || data != null || comment != null) {
                        return new Event(name, id, retry, data == null ? null : data.toString(), comment);
                    }
                    continue;
                }
                if (line.startsWith(":")) {
                    comment = line.substring(1).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("retry:")) {
                    retry = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (SocketTimeoutException quiet) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event named {@code name} whose data contains {@code text}, within {@code wait}; else null. */
    Event nextWith(String name, String text, Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            Event event = next(Duration.ofNanos(Math.max(1_000_000, until - System.nanoTime())));
            if (event == null) {
                return null;
            }
            if (name.equals(event.name()) && event.data() != null && event.data().contains(text)) {
                return event;
            }
        }
        return null;
    }

    /** A line of the body, the chunks of a chunked body decoded. */
    private String line() throws IOException {
        while (true) {
            int end = pending.indexOf("\n");
            if (end >= 0) {
                String line = pending.substring(0, end);
                pending.delete(0, end + 1);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            if (!chunked) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the stream ended");
                }
                pending.append((char) b);
                continue;
            }
            String size = rawLine();
            if (size.isEmpty()) {
                continue;
            }
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                throw new IOException("the stream ended");
            }
            pending.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
    }

    private String rawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0 && line.size() == 0) {
            throw new IOException("the connection closed");
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Drops the connection, as a screen switched off does (no goodbye). */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
