package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** One service window as the floor form edits it: its number and the procedures it serves, as chosen. */
public class WindowRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer number = 1;
    private List<String> procedures = new ArrayList<>();
    private String error;

    static WindowRow of(ServiceWindow window) {
        WindowRow row = new WindowRow();
        row.number = window.number();
        row.procedures = window.procedures().stream().map(ProcedureCode::value).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        return row;
    }

    /** The next window, serving what this one serves: an office's windows are set up as copies. */
    WindowRow next() {
        WindowRow row = new WindowRow();
        row.number = number == null ? 1 : Math.min(ServiceWindow.MAX_NUMBER, number + 1);
        row.procedures = new ArrayList<>(procedures);
        return row;
    }

    /** @throws InvalidValueException with the rule the row breaks */
    ServiceWindow toWindow() {
        if (number == null) {
            throw new InvalidValueException("window.number", "A window is numbered from 1 to 99",
                    ServiceWindow.MAX_NUMBER);
        }
        return new ServiceWindow(number, procedures.stream().map(ProcedureCode::new).collect(Collectors.toSet()));
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public List<String> getProcedures() {
        return procedures;
    }

    public void setProcedures(List<String> procedures) {
        this.procedures = procedures == null ? new ArrayList<>() : new ArrayList<>(procedures);
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
