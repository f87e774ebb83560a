package mx.gob.inm.citas.adapters.web.console.dashboard;

import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.AS_OF;
import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.CANJE;
import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.console.CurrentStaff;
import mx.gob.inm.citas.adapters.web.export.Sheet;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's backing bean against a fake of the in-port: the filters of the address reach the use case, the
 * figures are laid out in the page's language, and a refusal or a wrong date is said where the supervisor looks.
 */
class DashboardViewTest {

    private final FakeCapacityDashboards dashboards = new FakeCapacityDashboards();

    private Language reading;

    private DashboardView view(Language language) {
        reading = language;
        DashboardView view = new DashboardView();
        view.dashboards = dashboards;
        view.agenda = DashboardFixtures.agenda(DashboardFixtures.offices());
        view.catalogue = DashboardFixtures.catalogueOf(DashboardFixtures.catalogue());
        view.clock = Clock.fixed(Instant.parse("2027-03-02T15:42:07Z"), ZoneOffset.UTC);
        StaffMember supervisor = DashboardFixtures.supervisor();
        view.staff = new CurrentStaff() {
            @Override
            public StaffMember member() {
                return supervisor;
            }
        };
        view.language = new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return reading;
            }
        };
        return view;
    }

    @Test
    void the_national_view_asks_with_the_filters_of_the_address_and_writes_the_figures_as_in_mexico() {
        dashboards.national = DashboardFixtures.national(new NationalQuery(Optional.of("QROO"), Optional.empty()));
        DashboardView view = view(Language.SPANISH);
        view.setState(" QROO ");
        view.setProcedure("");

        view.load();

        assertThat(dashboards.nationalQueries).containsExactly(new NationalQuery(Optional.of("QROO"),
                Optional.empty()));
        assertThat(view.isOfficeView()).isFalse();
        assertThat(view.isLoaded()).isTrue();
        assertThat(view.getAsOf()).isEqualTo("Cifras al 09:41, hora del Centro (America/Mexico_City).");
        OfficeLine cancun = view.getOffices().get(1);
        assertThat(cancun.getName()).isEqualTo("Oficina de Representación Cancún");
        assertThat(cancun.getNextShort().getUtilisationText()).isEqualTo("95.3\u00a0%");
        assertThat(cancun.getNextLong().getOfferedText()).isEqualTo("1,210");
        assertThat(cancun.getNextFreeText()).isEqualTo("5 mar. 2027");
        assertThat(cancun.getNextFreeDaysText()).isEqualTo("en 3 días");
        assertThat(cancun.getNextFreeProcedure()).as("no procedure chosen: the one that waits longest")
                .isEqualTo("Renovación de residencia");
        assertThat(cancun.getPast().getNoShowRateText()).isEqualTo("20\u00a0%");
        assertThat(cancun.getAlertLabel()).isEqualTo("Rojo");
        OfficeLine tijuana = view.getOffices().get(0);
        assertThat(tijuana.getNextShort().getUtilisationText()).as("nothing offered: no figure").isEqualTo("—");
        assertThat(tijuana.getNextShort().getUtilisation()).isNull();
        assertThat(tijuana.getNextFreeText()).isEqualTo("Sin lugares libres");
        assertThat(tijuana.getNextFreeRank()).as("sorts after every date").isGreaterThan(cancun.getNextFreeRank());
        assertThat(tijuana.getPast().getNoShowRateText()).isEqualTo("—");
        assertThat(view.getTotalShort().getBookedText()).isEqualTo("262");
        assertThat(view.getTotalPast().getNoShowRateText()).isEqualTo("20\u00a0%");
        assertThat(view.getStateOptions()).extracting(Choice::label).containsExactly("Baja California",
                "Quintana Roo");
        assertThat(view.getStateOptions()).filteredOn(Choice::selected).extracting(Choice::value)
                .containsExactly("QROO");
        assertThat(view.officeLink("qroo-cancun")).isEqualTo("dashboard.xhtml?office=qroo-cancun");
        view.getOffices().sort(java.util.Comparator.comparing(OfficeLine::getName));
        assertThat(view.getOffices()).as("the table sorts the rows in place").extracting(OfficeLine::getId)
                .containsExactly("qroo-cancun", "bc-tijuana");
    }

    @Test
    void in_english_the_same_figures_read_as_an_english_reader_writes_them() {
        dashboards.national = DashboardFixtures.national(NationalQuery.all());
        DashboardView view = view(Language.ENGLISH);

        view.load();

        OfficeLine cancun = view.getOffices().get(1);
        assertThat(view.getAsOf()).isEqualTo("Figures as of 09:41, Mexico Central Time (America/Mexico_City).");
        assertThat(cancun.getNextShort().getUtilisationText()).isEqualTo("95.3%");
        assertThat(cancun.getNextFreeText()).isEqualTo("Mar 5, 2027");
        assertThat(cancun.getNextFreeDaysText()).isEqualTo("in 3 days");
        assertThat(cancun.getAlertLabel()).isEqualTo("Red");
        assertThat(view.getOffices().get(0).getNextFreeText()).isEqualTo("No free places");
    }

    @Test
    void with_a_procedure_chosen_the_rows_do_not_name_another_and_the_office_links_keep_it() {
        dashboards.national = DashboardFixtures.national(new NationalQuery(Optional.empty(),
                Optional.of("CANJE-RT")));
        DashboardView view = view(Language.SPANISH);
        view.setProcedure("CANJE-RT");

        view.load();

        assertThat(view.getOffices()).extracting(OfficeLine::getNextFreeProcedure).containsOnlyNulls();
        assertThat(view.officeLink("qroo-cancun")).isEqualTo("dashboard.xhtml?office=qroo-cancun&procedure=CANJE-RT");
        assertThat(view.getProcedureOptions()).filteredOn(Choice::selected).extracting(Choice::label)
                .containsExactly("Canje de visa");
    }

    @Test
    void the_poll_reads_the_figures_again_with_the_same_filters() {
        dashboards.national = DashboardFixtures.national(NationalQuery.all());
        DashboardView view = view(Language.SPANISH);
        view.setState("BC");
        view.load();

        view.refresh();

        assertThat(dashboards.nationalQueries).hasSize(2).allSatisfy(q -> assertThat(q.state()).contains("BC"));
    }

    @Test
    void a_language_switched_in_the_same_session_is_spoken_from_the_next_refresh() {
        dashboards.national = DashboardFixtures.national(NationalQuery.all());
        DashboardView view = view(Language.SPANISH);
        view.load();

        reading = Language.ENGLISH;
        view.refresh();

        assertThat(view.getAsOf()).startsWith("Figures as of 09:41");
        assertThat(view.getOffices().get(1).getAlertLabel()).isEqualTo("Red");
        assertThat(view.getProcedureOptions()).extracting(Choice::label).contains("Visa exchange");
    }

    @Test
    void the_office_view_lays_out_days_hours_outlook_and_trend_in_the_office_zone() {
        dashboards.office = DashboardFixtures.cancunOffice(Optional.empty());
        DashboardView view = view(Language.SPANISH);
        view.setOffice("qroo-cancun");

        view.load();

        assertThat(dashboards.officesAsked).containsExactly("qroo-cancun");
        assertThat(dashboards.officeQueries.get(0).from()).isEmpty();
        assertThat(view.isLoaded()).isTrue();
        assertThat(view.getOfficeName()).isEqualTo("Oficina de Representación Cancún");
        assertThat(view.getAsOf()).as("Cancún is an hour ahead of Mexico City")
                .isEqualTo("Cifras al 10:41, hora del Sureste (America/Cancun).");
        assertThat(view.getFromValue()).as("the range shown, as the date input writes it").isEqualTo("2027-03-01");
        assertThat(view.getToValue()).isEqualTo("2027-03-03");
        DayLine yesterday = view.getDays().get(0);
        assertThat(yesterday.isAllProcedures()).isTrue();
        assertThat(yesterday.getProcedure()).isEqualTo("Todos los trámites");
        assertThat(yesterday.getNoShowRateText()).isEqualTo("50\u00a0%");
        assertThat(view.getDays().get(1).getProcedure()).isEqualTo("Canje de visa");
        assertThat(view.getDays().get(6).getUtilisationText()).as("a closed day offers nothing").isEqualTo("—");
        assertThat(view.getHeatMap().getHours()).containsExactly("09:00", "10:00", "11:00", "12:00");
        HeatMap.Row today = view.getHeatMap().getRows().get(1);
        assertThat(today.cells()).extracting(HeatMap.Cell::getText).containsExactly("100\u00a0%", "0\u00a0%", "—",
                "—");
        assertThat(today.cells()).extracting(HeatMap.Cell::getStyleClass).containsExactly("heat-5", "heat-0",
                "heat-none", "heat-none");
        assertThat(today.cells().get(0).getTitle()).isEqualTo("5 de 5 lugares reservados");
        assertThat(view.getOutlooks()).as("the longest wait first").extracting(OutlookLine::getCode)
                .containsExactly("RENOV-RT", "CANJE-RT");
        assertThat(view.getOutlooks().get(0).getForecastText()).isEqualTo("Ya no quedan lugares libres");
        assertThat(view.getOutlooks().get(1).getForecastText()).isEqualTo("Se llena el 12 mar. 2027");
        assertThat(view.getOutlooks().get(1).getBookingsPerDayText()).isEqualTo("50");
        assertThat(view.getOutlooks().get(1).getNextFreeDaysText()).isEqualTo("hoy");
        assertThat(view.getProcedureOptions()).extracting(Choice::value).containsExactly("CANJE-RT", "RENOV-RT");
        assertThat(view.getPlacesChart()).startsWith("{\"type\":\"bar\"");
        assertThat(view.isTrendEmpty()).isFalse();
        assertThat(view.getBookingsPerDayHeader()).isEqualTo("Reservas por día (últimos 14 días)");
        assertThat(view.getRangeText()).isEqualTo("Del 1 mar. 2027 al 3 mar. 2027");
        view.getDays().sort(java.util.Comparator.comparing(DayLine::getBooked));
        view.getOutlooks().sort(java.util.Comparator.comparing(OutlookLine::getCode));
    }

    @Test
    void the_national_floor_table_says_waits_in_minutes_sorts_by_seconds_and_has_the_country_s_totals() {
        dashboards.national = DashboardFixtures.national(NationalQuery.all());
        DashboardView view = view(Language.SPANISH);

        view.load();

        assertThat(view.getFloorNationalTitle()).isEqualTo("La sala: últimos 28 días y hoy");
        FloorCells cancun = view.getFloorOffices().get(1).getFloor();
        assertThat(cancun.getWaitingMedianText()).isEqualTo("12 min");
        assertThat(cancun.getWaitingP90Text()).as("31.5 min, to the nearest minute").isEqualTo("32 min");
        assertThat(cancun.getServiceP90Text()).isEqualTo("20 min");
        assertThat(cancun.getIssuedOfQuotaText()).isEqualTo("37 de 50 (74\u00a0%)");
        assertThat(cancun.getQuotaShareText()).isEqualTo("74\u00a0%");
        assertThat(cancun.getNoShowRateText()).as("3 of 36 decided at the window").isEqualTo("8.3\u00a0%");
        FloorCells tijuana = view.getFloorOffices().get(0).getFloor();
        assertThat(tijuana.getWaitingMedianText()).isEqualTo("menos de 1 min");
        assertThat(tijuana.getWaitingP90Text()).isEqualTo("1 h 05 min");
        assertThat(tijuana.getServiceMedianText()).as("nobody served yet").isEqualTo("—");
        assertThat(tijuana.getServiceMedian()).isNull();
        assertThat(tijuana.getQuotaShareText()).as("no quota: no share").isEqualTo("—");
        assertThat(tijuana.getIssuedOfQuotaText()).isEqualTo("5 (sin cupo)");
        assertThat(tijuana.getServiceSummaryText()).isEqualTo("—");
        assertThat(tijuana.getWaitingP90()).isEqualTo(3900L).isGreaterThan(cancun.getWaitingP90());
        assertThat(view.getTotalFloor().getWaitingP90Text()).isEqualTo("1 h 00 min");
        assertThat(view.getTotalFloor().getVisitsText()).isEqualTo("45");
        view.getFloorOffices().sort(java.util.Comparator.comparing((OfficeLine l) -> l.getFloor().getWaitingP90())
                .reversed());
        assertThat(view.getFloorOffices()).as("longest wait first").extracting(OfficeLine::getId)
                .containsExactly("bc-tijuana", "qroo-cancun");
        assertThat(view.getOffices()).as("the other table keeps its order").extracting(OfficeLine::getId)
                .containsExactly("bc-tijuana", "qroo-cancun");
        view.getFloorOffices().sort(java.util.Comparator.comparing(OfficeLine::getName));
        assertThat(view.getOffices()).extracting(OfficeLine::getId).containsExactly("bc-tijuana", "qroo-cancun");
    }

    @Test
    void the_office_floor_has_its_summary_and_a_line_per_procedure_and_pool_in_english_too() {
        dashboards.office = DashboardFixtures.cancunOffice(Optional.empty());
        DashboardView spanish = view(Language.SPANISH);
        spanish.setOffice("qroo-cancun");

        spanish.load();

        assertThat(spanish.getFloorRangeText()).isEqualTo("Del 1 mar. 2027 al 2 mar. 2027 (hasta hoy)");
        assertThat(spanish.getOfficeFloor().getWaitingSummaryText())
                .isEqualTo("p50 10 min · p90 25 min · media 12 min (10 personas)");
        assertThat(spanish.getOfficeFloor().getIssuedOfQuotaText()).isEqualTo("6 de 40 (15\u00a0%)");
        assertThat(spanish.getFloorProcedures()).extracting(FloorLine::getLabel).containsExactly("Canje de visa",
                "Renovación de residencia");
        FloorLine renewals = spanish.getFloorProcedures().get(1);
        assertThat(renewals.getCells().getWaitingP90Text()).isEqualTo("1 h 30 min");
        assertThat(renewals.getCells().getServiceP90Text()).isEqualTo("—");
        assertThat(spanish.getFloorPools()).extracting(FloorLine::getKey).containsExactly("A", "B");
        assertThat(spanish.getFloorPools().get(0).getLabel()).isEqualTo("Canje de visa, Renovación de residencia");
        assertThat(spanish.getFloorPools().get(1).getLabel()).isEqualTo("(grupo eliminado: sin cupo)");
        assertThat(spanish.getFloorPools().get(1).getCells().getQuotaShareText()).isEqualTo("—");

        DashboardView english = view(Language.ENGLISH);
        english.setOffice("qroo-cancun");
        english.load();
        assertThat(english.getOfficeFloor().getWaitingSummaryText())
                .isEqualTo("p50 10 min · p90 25 min · mean 12 min (10 people)");
        assertThat(english.getFloorRangeText()).isEqualTo("From Mar 1, 2027 to Mar 2, 2027 (up to today)");
        assertThat(english.getFloorPools().get(1).getLabel()).isEqualTo("(pool removed: no quota)");
        assertThat(english.getFloorProcedures().get(0).getCells().getIssuedOfQuotaText()).isEqualTo("0 (no quota)");
    }

    @Test
    void a_range_that_lies_ahead_has_no_floor_to_show() {
        var cancun = DashboardFixtures.cancunOffice(Optional.empty());
        dashboards.office = new mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard(
                cancun.office(), cancun.name(), cancun.timeZone(), cancun.asOf(), cancun.from(), cancun.to(),
                cancun.procedure(), cancun.procedures(), cancun.days(), cancun.hours(), cancun.outlooks(),
                cancun.trend());
        DashboardView view = view(Language.SPANISH);
        view.setOffice("qroo-cancun");

        view.load();

        assertThat(view.isLoaded()).isTrue();
        assertThat(view.getOfficeFloor()).isNull();
        assertThat(view.getFloorRangeText()).isNull();
        assertThat(view.getFloorProcedures()).isEmpty();
    }

    @Test
    void a_date_that_is_no_date_is_said_beside_its_field_and_nothing_is_asked() {
        DashboardView view = view(Language.SPANISH);
        view.setOffice("qroo-cancun");
        view.setFrom("2027-02-30");
        view.setTo("mañana");

        view.load();

        assertThat(dashboards.officeQueries).isEmpty();
        assertThat(view.isLoaded()).isFalse();
        assertThat(view.getFromError()).isEqualTo("Escriba una fecha válida (AAAA-MM-DD).");
        assertThat(view.getToError()).isEqualTo("Escriba una fecha válida (AAAA-MM-DD).");
        assertThat(view.getFromValue()).as("what was typed stays in the field").isEqualTo("2027-02-30");
    }

    @Test
    void a_range_the_use_case_refuses_is_said_beside_the_end_date_in_the_page_language() {
        dashboards.refusal = new InvalidValueException("The range ends before it begins");
        DashboardView spanish = view(Language.SPANISH);
        spanish.setOffice("qroo-cancun");
        spanish.setFrom("2027-03-10");
        spanish.setTo("2027-03-01");

        spanish.load();

        assertThat(dashboards.officeQueries.get(0).from()).contains(LocalDate.of(2027, 3, 10));
        assertThat(dashboards.officeQueries.get(0).to()).contains(LocalDate.of(2027, 3, 1));
        assertThat(spanish.getToError()).isEqualTo("La fecha final no puede ser anterior a la inicial, y el periodo"
                + " no puede pasar de 120 días.");
        assertThat(spanish.getFromError()).isNull();
        assertThat(spanish.isLoaded()).isFalse();

        DashboardView english = view(Language.ENGLISH);
        english.setOffice("qroo-cancun");
        english.setTo("2027-03-01");
        english.load();
        assertThat(english.getToError()).isEqualTo("The end date cannot come before the start date, and the range"
                + " cannot exceed 120 days.");
    }

    @Test
    void an_office_the_member_may_not_read_shows_the_refusal_and_no_figure() {
        dashboards.refusal = new OfficeAccessDeniedException(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE,
                new OfficeId("yuc-merida"), "Not theirs");
        DashboardView view = view(Language.SPANISH);
        view.setOffice("yuc-merida");

        view.load();

        assertThat(view.getRefusal()).isEqualTo("No tiene acceso a la oficina yuc-merida.");
        assertThat(view.isLoaded()).isFalse();
        assertThat(view.getDays()).isEmpty();
    }

    @Test
    void the_national_export_says_what_it_is_of_inside_the_file_and_keeps_numbers_as_numbers() {
        dashboards.national = DashboardFixtures.national(new NationalQuery(Optional.of("QROO"), Optional.empty()));
        DashboardView view = view(Language.SPANISH);
        view.setState("QROO");
        view.load();

        Sheet sheet = view.nationalSheet();

        assertThat(sheet.name()).isEqualTo("tablero-nacional-2027-03-02");
        assertThat(sheet.preamble()).containsExactly("Tablero nacional de capacidad", "Estado: Quintana Roo",
                "Trámite: Todos los trámites", "Cifras al 2027-03-02 09:41:00 -06:00 (America/Mexico_City)",
                "Los días de cada oficina son los de su zona horaria.",
                "Generado el 2027-03-02 09:42:07 -06:00 (America/Mexico_City)");
        assertThat(sheet.headers()).hasSize(20).startsWith("Oficina", "Clave de la oficina", "Estado",
                "Ofrecidos, 7 días");
        List<Object> cancun = sheet.rows().get(1);
        assertThat(cancun).containsExactly("Oficina de Representación Cancún", "qroo-cancun", "Quintana Roo", 275L,
                262L, 13L, new BigDecimal("95.3"), 1210L, 700L, 510L, new BigDecimal("57.9"),
                LocalDate.of(2027, 3, 5), 3L, "Renovación de residencia", 40L, 10L, new BigDecimal("20.0"), 3L, 1L,
                "Rojo");
        List<Object> tijuana = sheet.rows().get(0);
        assertThat(tijuana.get(6)).as("no utilisation without places: an empty cell").isNull();
        assertThat(tijuana.get(11)).isNull();
        List<Object> totals = sheet.rows().get(2);
        assertThat(totals.get(0)).isEqualTo("Total de las oficinas mostradas");
        assertThat(totals.get(4)).isEqualTo(262L);
        assertThat(totals).hasSize(20);
    }

    @Test
    void the_office_export_names_the_office_range_and_procedure_and_has_a_row_per_day_and_procedure() {
        dashboards.office = DashboardFixtures.cancunOffice(Optional.of(CANJE));
        DashboardView view = view(Language.ENGLISH);
        view.setOffice("qroo-cancun");
        view.setProcedure("CANJE-RT");
        view.setFrom("2027-03-01");
        view.setTo("2027-03-03");
        view.load();

        Sheet sheet = view.officeSheet();

        assertThat(dashboards.officeQueries.get(1).procedure()).contains("CANJE-RT");
        assertThat(sheet.name()).isEqualTo("dashboard-qroo-cancun-2027-03-01-2027-03-03");
        assertThat(sheet.preamble()).containsExactly("Office: Oficina de Representación Cancún (qroo-cancun)",
                "Range: 2027-03-01 to 2027-03-03", "Procedure: Visa exchange (CANJE-RT)", "Time zone: America/Cancun",
                "Figures as of 2027-03-02 10:41:00 -05:00 (America/Cancun)",
                "Generated on 2027-03-02 10:42:07 -05:00 (America/Cancun)");
        assertThat(sheet.headers()).containsExactly("Day", "Procedure", "Procedure code", "Offered", "Booked",
                "Free", "Utilisation (%)", "Its appointments", "Attended", "No-shows", "No-show rate (%)");
        assertThat(sheet.rows()).hasSize(9);
        assertThat(sheet.rows().get(0)).containsExactly(TODAY.minusDays(1), "All procedures", null, 55L, 2L, 0L,
                new BigDecimal("3.6"), 2L, 1L, 1L, new BigDecimal("50.0"));
        assertThat(sheet.rows().get(5)).as("renewals today: 10 places taken in their slots, 4 by renewals")
                .containsExactly(TODAY, "Residence renewal", "RENOV-RT", 55L, 10L, 45L, new BigDecimal("18.2"), 4L,
                        0L, 0L, null);
        assertThat(sheet.rows().get(6).get(6)).as("nothing offered: no utilisation").isNull();
    }

    @Test
    void the_view_tells_its_times_from_the_instant_not_the_machine() {
        dashboards.national = DashboardFixtures.national(NationalQuery.all());
        java.util.TimeZone machine = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
            DashboardView view = view(Language.SPANISH);
            view.load();
            assertThat(view.getAsOf()).startsWith("Cifras al 09:41,");
            assertThat(AS_OF).isEqualTo(Instant.parse("2027-03-02T15:41:00Z"));
        } finally {
            java.util.TimeZone.setDefault(machine);
        }
    }
}
