package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code appointment}; times are UTC wall-clock (see {@link Utc}). */
@Entity
@Table(name = "APPOINTMENT")
class AppointmentEntity {

    @Id
    @Column(name = "CODE")
    String code;

    @Column(name = "OFFICE_ID")
    String officeId;

    @Column(name = "PROCEDURE_CODE")
    String procedureCode;

    @Column(name = "SLOT_START")
    LocalDateTime slotStart;

    @Column(name = "DURATION_MINUTES")
    int durationMinutes;

    @Column(name = "STATUS")
    String status;

    /** Set while the appointment is active; unique in the database. */
    @Column(name = "ACTIVE_KEY")
    String activeKey;

    /** Who the appointment is for (nationality, passport, procedure), set while it is active. */
    @Column(name = "HOLDER_KEY")
    String holderKey;

    @Column(name = "GIVEN_NAMES")
    String givenNames;

    @Column(name = "SURNAMES")
    String surnames;

    @Column(name = "NATIONALITY")
    String nationality;

    @Column(name = "PASSPORT_NUMBER")
    String passportNumber;

    @Column(name = "DATE_OF_BIRTH")
    LocalDate dateOfBirth;

    @Column(name = "EMAIL")
    String email;

    @Column(name = "PHONE")
    String phone;

    @Column(name = "LANGUAGE")
    String language;

    @Column(name = "VERIFICATION_CODE")
    String verificationCode;

    @Column(name = "FAILED_VERIFICATIONS")
    int failedVerifications;

    @Column(name = "VERIFICATION_RESENDS")
    int verificationResends;

    @Column(name = "EMAIL_CHANGES")
    int emailChanges;

    @Column(name = "HOLD_EXPIRES_AT")
    LocalDateTime holdExpiresAt;

    @Column(name = "SEQUENCE_NO")
    int sequence;

    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;

    @Column(name = "REMINDER_FOR")
    LocalDateTime reminderFor;

    /** The shortest reminder lead queued for {@code reminderFor}, in minutes; null while none is. */
    @Column(name = "REMINDER_LEAD_MINUTES")
    Integer reminderLeadMinutes;

    /** The applicant's personal data was replaced by placeholders (V10). */
    @Column(name = "ANONYMISED")
    boolean anonymised;

    /** Who cancelled a cancelled appointment: APPLICANT or OFFICE (V14); null for any other status. */
    @Column(name = "CANCELLED_BY")
    String cancelledBy;

    /** When it was cancelled (UTC); null before V14 recorded it. */
    @Column(name = "CANCELLED_AT")
    LocalDateTime cancelledAt;

    /** Why staff last cancelled or moved it (V15); null when they never did. */
    @Column(name = "STAFF_REASON")
    String staffReason;

    @Version
    @Column(name = "VERSION")
    int version;
}
