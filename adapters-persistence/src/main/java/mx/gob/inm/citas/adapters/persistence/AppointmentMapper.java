package mx.gob.inm.citas.adapters.persistence;

import java.time.Duration;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.Language;

/** Maps appointments between the domain and {@link AppointmentEntity}. */
final class AppointmentMapper {

    private AppointmentMapper() {
    }

    static Appointment toDomain(AppointmentEntity e) {
        Applicant applicant = new Applicant(StoredText.read(e.givenNames), StoredText.read(e.surnames),
                new Nationality(e.nationality), new PassportNumber(e.passportNumber), e.dateOfBirth,
                Optional.ofNullable(e.email).map(EmailAddress::new),
                Optional.ofNullable(e.phone), Language.fromTag(e.language).orElse(Language.SPANISH));
        return Appointment.reconstitute(new ConfirmationCode(e.code), new OfficeId(e.officeId),
                new ProcedureCode(e.procedureCode), applicant, Utc.instant(e.slotStart),
                Duration.ofMinutes(e.durationMinutes), AppointmentStatus.valueOf(e.status), e.verificationCode,
                Utc.instant(e.holdExpiresAt), e.failedVerifications, e.verificationResends, e.sequence,
                Utc.instant(e.createdAt), e.anonymised, cancellation(e), StoredText.read(e.staffReason),
                e.emailChanges);
    }

    /** Copies the appointment onto {@code e}, a new or a managed entity. */
    static AppointmentEntity copy(Appointment a, AppointmentEntity e) {
        e.code = a.code().value();
        e.officeId = a.office().value();
        e.procedureCode = a.procedure().value();
        e.slotStart = Utc.of(a.start());
        e.durationMinutes = (int) a.duration().toMinutes();
        e.status = a.status().name();
        e.activeKey = a.activeKey().orElse(null);
        e.holderKey = a.holderKey().orElse(null);
        Applicant applicant = a.applicant();
        e.givenNames = applicant.givenNames();
        e.surnames = applicant.surnames();
        e.nationality = applicant.nationality().code();
        e.passportNumber = applicant.passport().value();
        e.dateOfBirth = applicant.dateOfBirth();
        e.email = applicant.email().map(EmailAddress::value).orElse(null);
        e.phone = applicant.phone().orElse(null);
        e.language = applicant.language().tag();
        e.verificationCode = a.verificationCode();
        e.failedVerifications = a.failedVerifications();
        e.verificationResends = a.verificationResends();
        e.emailChanges = a.emailChanges();
        e.holdExpiresAt = Utc.of(a.holdExpiresAt());
        e.sequence = a.sequence();
        e.createdAt = Utc.of(a.createdAt());
        e.anonymised = a.isAnonymised();
        e.cancelledBy = a.cancellation().map(c -> c.by().name()).orElse(null);
        e.staffReason = a.staffReason().orElse(null);
        e.cancelledAt = a.cancellation().flatMap(Cancellation::at).map(Utc::of).orElse(null);
        return e;
    }

    private static Cancellation cancellation(AppointmentEntity e) {
        if (e.cancelledBy == null) {
            return null;
        }
        return new Cancellation(Cancellation.By.valueOf(e.cancelledBy), Optional.ofNullable(Utc.instant(e.cancelledAt)));
    }
}
