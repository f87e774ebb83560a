package mx.gob.inm.citas.adapters.web.console;

import static mx.gob.inm.citas.adapters.web.pages.ApplicantFields.name;
import static mx.gob.inm.citas.adapters.web.pages.ApplicantFields.value;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * What staff type to book for an applicant at the desk or on the phone: the applicant as their passport names them,
 * the e-mail address and phone optional. Each field that is wrong gets its message beside it.
 */
public class StaffBookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String procedure;
    private String time;
    private String givenNames;
    private String surnames;
    private String nationality;
    private String passport;
    private String dateOfBirth;
    private String email;
    private String phone;
    private String language = Language.SPANISH.tag();

    /**
     * The applicant, or empty after a message was put beside every wrong field ({@code prefix} is the form's client
     * id and a colon). {@code today} is the office's date: a date of birth must be before it.
     */
    Optional<Applicant> applicant(String prefix, LocalDate today) {
        boolean ok = true;
        String given = name(prefix + "givenNames", givenNames, Applicant::givenNamesOf);
        String sur = name(prefix + "surnames", surnames, Applicant::surnamesOf);
        Nationality country = value(prefix + "nationality", "details.nationality.invalid",
                () -> new Nationality(nationality));
        PassportNumber number = value(prefix + "passport", "details.passport.invalid",
                () -> new PassportNumber(passport));
        LocalDate born = null;
        if (strip(dateOfBirth).isEmpty()) {
            Texts.error(prefix + "dateOfBirth", "details.dateOfBirth.required");
            ok = false;
        } else {
            try {
                born = LocalDate.parse(strip(dateOfBirth));
            } catch (DateTimeParseException e) {
                born = null;
            }
            if (born == null || !Applicant.isDateOfBirth(born, today)) {
                Texts.error(prefix + "dateOfBirth", "details.dateOfBirth.past");
                ok = false;
            }
        }
        Optional<EmailAddress> address = Optional.empty();
        if (!strip(email).isEmpty()) {
            EmailAddress parsed = value(prefix + "email", "details.email.invalid", () -> new EmailAddress(email));
            ok &= parsed != null;
            address = Optional.ofNullable(parsed);
        }
        String typedPhone = strip(phone);
        if (!typedPhone.isEmpty() && !Applicant.isPhoneNumber(typedPhone)) {
            Texts.error(prefix + "phone", "details.phone.invalid");
            ok = false;
        }
        if (!ok || given == null || sur == null || country == null || number == null) {
            return Optional.empty();
        }
        return Optional.of(new Applicant(given, sur, country, number, born, address, Optional.of(typedPhone),
                Language.fromTag(language).orElse(Language.SPANISH)));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getSurnames() {
        return surnames;
    }

    public void setSurnames(String surnames) {
        this.surnames = surnames;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
