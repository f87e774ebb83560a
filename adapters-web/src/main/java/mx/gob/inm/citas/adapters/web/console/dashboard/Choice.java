package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;

/** An option of a filter's plain select: its value in the address, its label, whether it is the one chosen. */
public record Choice(String value, String label, boolean selected) implements Serializable {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
