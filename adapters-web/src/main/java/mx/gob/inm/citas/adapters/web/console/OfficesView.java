package mx.gob.inm.citas.adapters.web.console;

import static mx.gob.inm.citas.adapters.web.console.ConsoleAttempt.attempt;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.OfficeDetails;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.State;

/**
 * The offices: every one the member may read, with a form to add one (admins) or change one's name, address and
 * time zone, and to hide it from the public calendar or show it again (admins, after confirming). The form keeps
 * the version it was opened at, so a change someone else saved meanwhile is reported, never overwritten.
 */
@Named("officesPage")
@ViewScoped
public class OfficesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mexico's IANA zones, offered first; every other region zone follows. */
    private static final List<String> MEXICAN_ZONES = List.of("America/Mexico_City", "America/Cancun",
            "America/Merida", "America/Monterrey", "America/Matamoros", "America/Chihuahua",
            "America/Ciudad_Juarez", "America/Ojinaga", "America/Mazatlan", "America/Bahia_Banderas",
            "America/Hermosillo", "America/Tijuana");
    private static final List<String> OTHER_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")
                    && !MEXICAN_ZONES.contains(z))
            .sorted().toList();

    @Inject
    transient ConfigureOfficesUseCase configuration;

    @Inject
    CurrentStaff staff;

    /** The form's field for each subject a refusal may be about. */
    private static final Map<String, String> FIELDS = Map.of("officeId", "offices:id", "officeName", "offices:name",
            "state", "offices:state", "city", "offices:city", "address", "offices:address",
            "timeZone", "offices:timeZone");

    private List<Office> offices = List.of();
    /** The rows the list's filters leave, kept by the data table; null while no filter is set. */
    private List<Office> filtered;
    private boolean refused;
    /** The office in the form; null while adding a new one. */
    private String editing;
    private long version;
    private int ahead;
    private String id;
    private String name;
    private String stateCode;
    private String city;
    private String address;
    private String timeZone = MEXICAN_ZONES.get(0);

    public void load() {
        refresh();
    }

    public void startNew() {
        editing = null;
        version = 0;
        id = null;
        name = null;
        stateCode = null;
        city = null;
        address = null;
        timeZone = MEXICAN_ZONES.get(0);
    }

    public void edit(String officeId) {
        attempt(() -> {
            Office office = configuration.office(staff.member(), officeId);
            ahead = configuration.appointmentsAhead(staff.member(), officeId);
            editing = officeId;
            version = office.version();
            id = officeId;
            name = office.name();
            stateCode = office.state().code();
            city = office.city();
            address = office.address();
            timeZone = office.timeZone().getId();
        }, officeId, this::deny);
    }

    public void save() {
        OfficeDetails details = new OfficeDetails(id == null ? null : id.strip(), name, stateCode, city, address,
                timeZone);
        boolean created = editing == null;
        if (attempt(() -> {
            if (created) {
                configuration.create(staff.member(), details);
            } else {
                configuration.edit(staff.member(), editing, details, version);
            }
        }, created ? null : editing, () -> { }, FIELDS)) {
            Texts.info(created ? "console.offices.created" : "console.offices.saved", details.id() == null
                    ? editing : details.id());
            startNew();
            refresh();
        }
    }

    /** Hides the office from the public calendar or shows it again, at the version listed on the page. */
    public void setActive(String officeId, boolean active) {
        long listed = offices.stream().filter(o -> o.id().value().equals(officeId)).findFirst()
                .map(Office::version).orElse(-1L);
        if (attempt(() -> configuration.setActive(staff.member(), officeId, active, listed), null, () -> { })) {
            Texts.info(active ? "console.offices.activated" : "console.offices.deactivated", officeId);
            if (officeId.equals(editing)) {
                startNew();
            }
        }
        refresh();
    }

    private void refresh() {
        attempt(() -> offices = configuration.offices(staff.member()), null, this::deny);
        filtered = null;
    }

    private void deny() {
        refused = true;
        offices = List.of();
    }

    /** Whether the member may change the office's details: an admin, or staff who work in it. */
    public boolean mayChange(Office office) {
        return staff.member().mayWorkIn(office.id());
    }

    public String deactivateConfirm(Office office) {
        return Texts.text("console.offices.deactivateConfirm", office.name());
    }

    public List<Office> getOffices() {
        return offices;
    }

    public List<Office> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Office> filtered) {
        this.filtered = filtered;
    }

    public List<State> getStates() {
        return State.federalEntities();
    }

    public List<SelectItem> getZones() {
        SelectItemGroup mexico = new SelectItemGroup(Texts.text("console.offices.zonesMexico"));
        mexico.setSelectItems(MEXICAN_ZONES.stream().map(z -> new SelectItem(z, z)).toList());
        SelectItemGroup others = new SelectItemGroup(Texts.text("console.offices.zonesOther"));
        others.setSelectItems(OTHER_ZONES.stream().map(z -> new SelectItem(z, z)).toList());
        return List.of(mexico, others);
    }

    /** The zone in words and by its identifier, so staff see what they chose. */
    public String zoneOf(Office office) {
        return Texts.zone(office.timeZone());
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public int getAhead() {
        return ahead;
    }

    /** The zone stays as it is while appointments are ahead: their local times would move. */
    public boolean isZoneLocked() {
        return editing != null && ahead > 0;
    }

    public String getZoneHint() {
        return isZoneLocked() ? Texts.text("console.offices.zoneLocked", ahead)
                : Texts.text("console.offices.zoneHint");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
