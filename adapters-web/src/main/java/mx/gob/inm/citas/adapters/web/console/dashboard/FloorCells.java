package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.WalkInUse;

/**
 * The floor's figures of an office (or of a procedure, or of all offices) as numbers (to sort; durations in seconds,
 * null without a figure) and as text: waits and services in minutes, counts, walk-in tokens issued of the quota.
 */
public final class FloorCells implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long visits;
    private final long walkIns;
    private final long served;
    private final long noShows;
    private final Double noShowRate;
    private final Long waitingMedian;
    private final Long waitingP90;
    private final Long serviceMedian;
    private final Long serviceP90;
    private final long issued;
    private final long quota;
    private final Double quotaShare;
    private final String visitsText;
    private final String walkInsText;
    private final String servedText;
    private final String noShowsText;
    private final String noShowRateText;
    private final String waitingMedianText;
    private final String waitingP90Text;
    private final String waitingMeanText;
    private final String waitingMeasuredText;
    private final String serviceMedianText;
    private final String serviceP90Text;
    private final String serviceMeanText;
    private final String serviceMeasuredText;
    private final String issuedText;
    private final String quotaText;
    private final String quotaShareText;
    private final String issuedOfQuotaText;
    private final String waitingSummaryText;
    private final String serviceSummaryText;

    FloorCells(FloorFigures floor, Figures figures) {
        this(floor.visits(), floor.walkIns(), figures);
    }

    FloorCells(FloorVisits floor, WalkInUse tokens, Figures figures) {
        visits = floor.visits();
        walkIns = floor.walkIns();
        served = floor.served();
        noShows = floor.noShows();
        noShowRate = Figures.ratio(floor.noShowRate().ratio());
        DurationFigures waiting = floor.waiting();
        DurationFigures service = floor.service();
        waitingMedian = Figures.seconds(waiting.median());
        waitingP90 = Figures.seconds(waiting.p90());
        serviceMedian = Figures.seconds(service.median());
        serviceP90 = Figures.seconds(service.p90());
        issued = tokens.issued();
        quota = tokens.quota();
        quotaShare = Figures.ratio(tokens.share());
        visitsText = figures.count(visits);
        walkInsText = figures.count(walkIns);
        servedText = figures.count(served);
        noShowsText = figures.count(noShows);
        noShowRateText = figures.percent(floor.noShowRate().ratio());
        waitingMedianText = figures.duration(waiting.median());
        waitingP90Text = figures.duration(waiting.p90());
        waitingMeanText = figures.duration(waiting.mean());
        waitingMeasuredText = figures.count(waiting.measured());
        serviceMedianText = figures.duration(service.median());
        serviceP90Text = figures.duration(service.p90());
        serviceMeanText = figures.duration(service.mean());
        serviceMeasuredText = figures.count(service.measured());
        issuedText = figures.count(issued);
        quotaText = figures.count(quota);
        quotaShareText = figures.percent(tokens.share());
        issuedOfQuotaText = quota == 0 ? figures.text("console.dashboard.floor.issuedNoQuota", issuedText)
                : figures.text("console.dashboard.floor.issuedOfQuota", issuedText, quotaText, quotaShareText);
        waitingSummaryText = waiting.measured() == 0 ? Figures.NONE : figures.text("console.dashboard.floor.durations",
                waitingMedianText, waitingP90Text, waitingMeanText, waitingMeasuredText);
        serviceSummaryText = service.measured() == 0 ? Figures.NONE : figures.text("console.dashboard.floor.durations",
                serviceMedianText, serviceP90Text, serviceMeanText, serviceMeasuredText);
    }

    public long getVisits() {
        return visits;
    }

    public long getWalkIns() {
        return walkIns;
    }

    public long getServed() {
        return served;
    }

    public long getNoShows() {
        return noShows;
    }

    /** No-shows at the window ÷ (served + no-shows); null when none was decided. */
    public Double getNoShowRate() {
        return noShowRate;
    }

    /** Seconds; null when nobody was called yet. */
    public Long getWaitingMedian() {
        return waitingMedian;
    }

    /** Seconds; null when nobody was called yet: where people wait longest sorts first, descending. */
    public Long getWaitingP90() {
        return waitingP90;
    }

    public Long getServiceMedian() {
        return serviceMedian;
    }

    public Long getServiceP90() {
        return serviceP90;
    }

    public long getIssued() {
        return issued;
    }

    public long getQuota() {
        return quota;
    }

    /** Issued ÷ quota; null without a quota. */
    public Double getQuotaShare() {
        return quotaShare;
    }

    public String getVisitsText() {
        return visitsText;
    }

    public String getWalkInsText() {
        return walkInsText;
    }

    public String getServedText() {
        return servedText;
    }

    public String getNoShowsText() {
        return noShowsText;
    }

    public String getNoShowRateText() {
        return noShowRateText;
    }

    public String getWaitingMedianText() {
        return waitingMedianText;
    }

    public String getWaitingP90Text() {
        return waitingP90Text;
    }

    public String getWaitingMeanText() {
        return waitingMeanText;
    }

    /** How many waits were measured (the people called). */
    public String getWaitingMeasuredText() {
        return waitingMeasuredText;
    }

    public String getServiceMedianText() {
        return serviceMedianText;
    }

    public String getServiceP90Text() {
        return serviceP90Text;
    }

    public String getServiceMeanText() {
        return serviceMeanText;
    }

    public String getServiceMeasuredText() {
        return serviceMeasuredText;
    }

    public String getIssuedText() {
        return issuedText;
    }

    public String getQuotaText() {
        return quotaText;
    }

    public String getQuotaShareText() {
        return quotaShareText;
    }

    /** "p50 12 min · p90 31 min · media 15 min (40 personas)"; "—" when nobody was called. */
    public String getWaitingSummaryText() {
        return waitingSummaryText;
    }

    /** As {@link #getWaitingSummaryText()}, of the services finished. */
    public String getServiceSummaryText() {
        return serviceSummaryText;
    }

    /** "37 de 50 (74 %)"; "5 (sin cupo)" without a quota. */
    public String getIssuedOfQuotaText() {
        return issuedOfQuotaText;
    }
}
