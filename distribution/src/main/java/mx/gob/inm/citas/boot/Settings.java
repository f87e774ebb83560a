package mx.gob.inm.citas.boot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns configuration into the values the use cases take: the booking window and the clock. */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "citas.booking.min-lead-minutes", defaultValue = "120")
    int minimumLeadMinutes;

    @Inject
    @ConfigProperty(name = "citas.booking.max-days-ahead", defaultValue = "90")
    int maximumDaysAhead;

    @Produces
    BookingWindow bookingWindow() {
        return new BookingWindow(Duration.ofMinutes(minimumLeadMinutes), maximumDaysAhead);
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
