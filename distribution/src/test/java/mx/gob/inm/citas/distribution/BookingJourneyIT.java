package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking as an applicant lives it, on the real deployable: hold, the code arrives by real SMTP, verify, the
 * confirmation arrives with a valid invitation, the calendar shows one place fewer, cancel, the place is back.
 * And 200 simultaneous holds over HTTP for one slot give exactly its places.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingJourneyIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void start_the_mail_server() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        mailbox.close();
    }

    @Test
    void hold_verify_by_mail_confirm_with_an_invitation_then_cancel_and_the_place_comes_back() throws Exception {
        JsonObject slot = firstFreeSlot("cdmx-ciudad-de-mexico", "CANJE-RT");
        String start = slot.getString("start");
        int remaining = slot.getInt("remaining");
        String email = "journey-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = passport();

        Http.Answer held = Http.hold(uri("api/v1/appointments"), holdJson(start, passport, email, "es"));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        JsonObject appointment = held.object();
        String code = appointment.getString("confirmationCode");
        assertThat(appointment.getString("status")).isEqualTo("PENDING_VERIFICATION");
        assertThat(appointment.getString("start")).isEqualTo(start);
        assertThat(appointment.getString("holdExpiresAt")).isNotBlank();
        assertThat(held.header("Location")).endsWith("/api/v1/appointments/" + code);
        assertThat(remainingAt(start)).isEqualTo(remaining - 1);

        MimeMessage verificationMail = mailbox.awaitMail(email, 1).get(0);
        Matcher digits = SIX_DIGITS.matcher(Mailbox.text(verificationMail));
        assertThat(digits.find()).as("a 6-digit code in the mail").isTrue();

        // without the passport (or with another) a code is not even found: nothing is counted, nothing released
        for (String stranger : new String[] {null, "X0000000"}) {
            Http.Answer unknown = Http.call("POST", uri("api/v1/appointments/" + code + "/verification"),
                    "{\"code\":\"" + digits.group(1) + "\"}", stranger == null ? new String[0]
                            : new String[] {"X-Passport-Number", stranger});
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo(Http.call("POST", uri("api/v1/appointments/ZZZZZZZZ/verification"),
                    "{\"code\":\"000000\"}", "X-Passport-Number", passport).body().replace("ZZZZZZZZ", code));
        }
        Http.Answer wrong = Http.call("POST", uri("api/v1/appointments/" + code + "/verification"),
                "{\"code\":\"000000\"}", "X-Passport-Number", passport);
        assertThat(wrong.status()).isEqualTo(422);
        Http.Answer verified = Http.call("POST", uri("api/v1/appointments/" + code + "/verification"),
                "{\"code\":\"" + digits.group(1) + "\"}", "X-Passport-Number", passport);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.object().getString("status")).isEqualTo("CONFIRMED");

        MimeMessage confirmation = mailbox.awaitMail(email, 2).get(1);
        assertThat(confirmation.getSubject()).contains("Cita confirmada", code);
        assertThat(Mailbox.text(confirmation)).contains("10 minutos antes", "hora del Centro", code)
                .doesNotContain("America/Mexico_City");
        Calendar invitation = Mailbox.calendarOf(confirmation);
        assertThat(invitation.validate().hasErrors()).as(invitation.validate().toString()).isFalse();
        assertThat(invitation.toString()).contains("METHOD:REQUEST", "UID:" + code + "@citas.test",
                "DTSTART;TZID=America/Mexico_City:");
        assertThat(remainingAt(start)).isEqualTo(remaining - 1);

        Http.Answer seen = get("api/v1/appointments/" + code, "X-Passport-Number", passport.toLowerCase());
        assertThat(seen.object().getString("status")).isEqualTo("CONFIRMED");
        assertThat(get("api/v1/appointments/" + code, "X-Passport-Number", "X0000000").status()).isEqualTo(404);
        assertThat(get("api/v1/appointments/" + code).status()).isEqualTo(404);
        Http.Answer again = Http.hold(uri("api/v1/appointments"), holdJson(start, passport, email, "es"));
        assertThat(again.status()).isEqualTo(409);

        Http.Answer cancelled = Http.call("DELETE", uri("api/v1/appointments/" + code), null,
                "X-Passport-Number", passport);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
        assertThat(remainingAt(start)).isEqualTo(remaining);
        MimeMessage cancellation = mailbox.awaitMail(email, 3).get(2);
        assertThat(Mailbox.calendarOf(cancellation).toString()).contains("METHOD:CANCEL", "SEQUENCE:1");
    }

    @Test
    void two_hundred_simultaneous_holds_for_one_slot_give_exactly_its_places_and_409_to_the_rest() throws Exception {
        JsonObject slot = lastFreeSlot("chis-tapachula", "RENOV-RT");
        String start = slot.getString("start");
        int places = slot.getInt("remaining");
        ExecutorService clients = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String json = holdJson(start, passport(), "race-" + i + "@ejemplo.mx", "es").replace(
                    "cdmx-ciudad-de-mexico", "chis-tapachula").replace("CANJE-RT", "RENOV-RT");
            answers.add(clients.submit(() -> {
                go.await();
                return Http.hold(uri("api/v1/appointments"), json).status();
            }));
        }
        go.countDown();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        clients.shutdown();

        assertThat(statuses).containsEntry(201, places).containsEntry(409, 200 - places).hasSize(2);
        assertThat(remainingAt("chis-tapachula", "RENOV-RT", start)).isZero();
    }

    @Test
    void malformed_json_and_invalid_fields_are_400_problems_naming_the_fields() {
        Http.Answer broken = post("api/v1/appointments", "{\"officeId\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");

        Http.Answer invalid = post("api/v1/appointments", "{\"officeId\":\"cdmx-ciudad-de-mexico\",\"procedure\":"
                + "\"CANJE-RT\",\"start\":\"soon\",\"applicant\":{\"givenNames\":\"Ana\",\"surnames\":\"Pérez\","
                + "\"nationality\":\"ZZZ\",\"passportNumber\":\"G1234567\",\"dateOfBirth\":\"1990-01-01\","
                + "\"email\":\"not-an-email\"}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("start", "applicant.nationality", "applicant.email");
        // each said in the request's language (Spanish without Accept-Language), by the one translator of refusals
        assertThat(invalid.object().getString("detail")).startsWith("Revise estos datos de la solicitud:");
        assertThat(invalid.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("detail"))
                .contains("Escriba una fecha y hora ISO-8601 con su diferencia con UTC, por ejemplo"
                        + " 2026-12-01T09:00:00-06:00.")
                .noneMatch(detail -> detail.matches("(?i).*\\b(must|the|is)\\b.*"));
    }

    // ---- helpers ----

    /**
     * The first free slot of a day at least three days after today at the office: the journey goes on to cancel,
     * which is allowed only until 24 hours before the appointment, whatever the hour and weekday of the run.
     */
    private JsonObject firstFreeSlot(String office, String procedure) {
        LocalDate earliest = LocalDate.now(MEXICO_CITY).plusDays(3);
        return days(office, procedure).stream()
                .filter(d -> !LocalDate.parse(d.getString("date")).isBefore(earliest))
                .findFirst().orElseThrow().getJsonArray("slots").getValuesAs(JsonObject.class).get(0);
    }

    private JsonObject lastFreeSlot(String office, String procedure) {
        List<JsonObject> days = days(office, procedure);
        List<JsonObject> slots = days.get(days.size() - 1).getJsonArray("slots").getValuesAs(JsonObject.class);
        return slots.get(slots.size() - 1);
    }

    private List<JsonObject> days(String office, String procedure) {
        LocalDate today = LocalDate.now(MEXICO_CITY);
        return get("api/v1/offices/" + office + "/availability?procedure=" + procedure + "&from=" + today + "&to="
                + today.plusDays(30)).object().getJsonArray("days").getValuesAs(JsonObject.class);
    }

    private int remainingAt(String start) {
        return remainingAt("cdmx-ciudad-de-mexico", "CANJE-RT", start);
    }

    private int remainingAt(String office, String procedure, String start) {
        String day = start.substring(0, 10);
        JsonObject availability = get("api/v1/offices/" + office + "/availability?procedure=" + procedure + "&from="
                + day + "&to=" + day).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getString("start").equals(start)).mapToInt(s -> s.getInt("remaining"))
                .findFirst().orElse(0);
    }

    private static String holdJson(String start, String passport, String email, String language) {
        return "{\"officeId\":\"cdmx-ciudad-de-mexico\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start + "\","
                + "\"applicant\":{\"givenNames\":\"Ana María\",\"surnames\":\"Pérez López\",\"nationality\":\"GTM\","
                + "\"passportNumber\":\"" + passport + "\",\"dateOfBirth\":\"1990-05-17\",\"email\":\"" + email
                + "\"},\"language\":\"" + language + "\"}";
    }

    private static String passport() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }





    private Http.Answer get(String path, String... headers) {
        return Http.call("GET", uri(path), null, headers);
    }

    private Http.Answer post(String path, String json) {
        return Http.call("POST", uri(path), json);
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
