package mx.gob.inm.citas.adapters.web.pages;

import java.io.Serializable;
import java.time.LocalDate;

/** What the applicant types on the "your details" step; checked by {@link BookingView} before a place is held. */
public class ApplicantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenNames;
    private String surnames;
    private String nationality;
    private String passportNumber;
    private LocalDate dateOfBirth;
    private String email;
    private String emailAgain;
    private String phone;
    private boolean privacyAccepted;

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

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailAgain() {
        return emailAgain;
    }

    public void setEmailAgain(String emailAgain) {
        this.emailAgain = emailAgain;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }

    /** Copies what was typed into {@code other} (the details step of another time starts with it). */
    void copyTo(ApplicantForm other) {
        other.givenNames = givenNames;
        other.surnames = surnames;
        other.nationality = nationality;
        other.passportNumber = passportNumber;
        other.dateOfBirth = dateOfBirth;
        other.email = email;
        other.emailAgain = emailAgain;
        other.phone = phone;
        other.privacyAccepted = privacyAccepted;
    }
}
