package mx.gob.inm.citas.distribution;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the end-to-end tests: the application is called exactly as an external client would. */
final class Http {

    /** What came back. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    // HTTP/1.1, as browsers and curl speak to the server (no cleartext HTTP/2 upgrade)
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static Answer get(URI uri, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(request.build());
    }

    /** A request with a JSON body ({@code null} for none) and header name/value pairs. */
    static Answer call(String method, URI uri, String json, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Holds a place as any API client must: asks the same server for a proof-of-work challenge, solves it, and
     * posts the hold with the solution in the {@code Altcha} header.
     */
    static Answer hold(URI appointments, String json, String... headerPairs) {
        String[] withSolution = java.util.Arrays.copyOf(headerPairs, headerPairs.length + 2);
        withSolution[headerPairs.length] = "Altcha";
        withSolution[headerPairs.length + 1] = solvedChallenge(appointments.resolve("challenge"));
        return call("POST", appointments, json, withSolution);
    }

    /** A solution (the base64 payload ALTCHA widgets send) of a challenge fetched from {@code challengeUri}. */
    static String solvedChallenge(URI challengeUri) {
        Answer answer = get(challengeUri);
        if (answer.status() != 200) {
            throw new IllegalStateException("no challenge: " + answer.status() + " " + answer.body());
        }
        return solve(answer.object());
    }

    static String solve(jakarta.json.JsonObject c) {
        try {
            org.altcha.altcha.Altcha.Solution solution = org.altcha.altcha.Altcha.solveChallenge(
                    c.getString("challenge"), c.getString("salt"), org.altcha.altcha.Altcha.Algorithm.SHA256,
                    c.getJsonNumber("maxnumber").longValue(), 0);
            String payload = jakarta.json.Json.createObjectBuilder().add("algorithm", c.getString("algorithm"))
                    .add("challenge", c.getString("challenge")).add("number", solution.number)
                    .add("salt", c.getString("salt")).add("signature", c.getString("signature")).build().toString();
            return java.util.Base64.getEncoder().encodeToString(payload.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cannot solve " + c, e);
        }
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
