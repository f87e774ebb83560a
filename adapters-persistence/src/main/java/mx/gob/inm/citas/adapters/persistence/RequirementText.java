package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a procedure's requirement checklist, in both languages. */
@Embeddable
class RequirementText {

    @Column(name = "TEXT_ES")
    String spanish;

    @Column(name = "TEXT_EN")
    String english;

    RequirementText() {
    }

    RequirementText(String spanish, String english) {
        this.spanish = spanish;
        this.english = english;
    }
}
