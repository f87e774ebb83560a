package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;

/** Places offered, booked and free over some slots, and their utilisation, as numbers (to sort) and as text. */
public final class PlaceCells implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long offered;
    private final long booked;
    private final long free;
    private final Double utilisation;
    private final String offeredText;
    private final String bookedText;
    private final String freeText;
    private final String utilisationText;

    PlaceCells(PlaceCounts places, Figures figures) {
        offered = places.offered();
        booked = places.booked();
        free = places.free();
        utilisation = Figures.ratio(places.utilisation().ratio());
        offeredText = figures.count(offered);
        bookedText = figures.count(booked);
        freeText = figures.count(free);
        utilisationText = figures.percent(places.utilisation().ratio());
    }

    public long getOffered() {
        return offered;
    }

    public long getBooked() {
        return booked;
    }

    public long getFree() {
        return free;
    }

    /** Booked ÷ offered; null when nothing was offered. */
    public Double getUtilisation() {
        return utilisation;
    }

    public String getOfferedText() {
        return offeredText;
    }

    public String getBookedText() {
        return bookedText;
    }

    public String getFreeText() {
        return freeText;
    }

    public String getUtilisationText() {
        return utilisationText;
    }
}
