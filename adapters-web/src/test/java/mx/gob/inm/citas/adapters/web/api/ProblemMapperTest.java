package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A refusal leaves the API as its problem kind and status, its code, and its detail in the request's language. */
class ProblemMapperTest {

    @Test
    void a_refusal_is_detailed_in_spanish_by_default_and_carries_its_code_and_kind() throws Exception {
        Problem problem = problemOf(reversedRange(), null);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/invalid-request");
        assertThat(problem.code()).isEqualTo("dateRange.reversed");
        assertThat(problem.detail()).isEqualTo(
                "La fecha final (viernes, 1 de enero de 2027) es anterior a la inicial (domingo, 10 de enero de 2027).");
    }

    @Test
    void a_reader_of_english_gets_the_english_detail_and_the_same_kind() throws Exception {
        Problem problem = problemOf(new OfficeNotFoundException("atlantis"), Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).endsWith("/office-not-found");
        assertThat(problem.title()).isEqualTo("Office not found");
        assertThat(problem.code()).isEqualTo("office.notFound");
        assertThat(problem.detail()).isEqualTo("No office open to the public has the id \u201catlantis\u201d. Please"
                + " choose another.");
    }

    @Test
    void an_appointment_refusal_keeps_its_kind_and_status() throws Exception {
        Problem problem = problemOf(new AppointmentRefusedException(AppointmentRefusedException.Reason.SLOT_FULL,
                "full"), null);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).endsWith("/slot-full");
        assertThat(problem.code()).isEqualTo("appointment.SLOT_FULL");
        assertThat(problem.detail()).startsWith("Otra persona acaba de tomar");
    }

    private static DomainException reversedRange() {
        try {
            new DateRange(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 1));
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static Problem problemOf(Throwable failure, Locale language) throws Exception {
        ProblemMapper mapper = new ProblemMapper();
        if (language != null) {
            HttpHeaders headers = (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                    new Class<?>[] {HttpHeaders.class}, (proxy, method, args) ->
                            method.getName().equals("getAcceptableLanguages") ? List.of(language) : null);
            Field field = ProblemMapper.class.getDeclaredField("headers");
            field.setAccessible(true);
            field.set(mapper, headers);
        }
        return mapper.problemFor(failure);
    }
}
