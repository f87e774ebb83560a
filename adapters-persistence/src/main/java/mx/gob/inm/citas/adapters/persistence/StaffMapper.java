package mx.gob.inm.citas.adapters.persistence;

import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/** Maps staff members between the domain and {@link StaffUserEntity}. */
final class StaffMapper {

    private StaffMapper() {
    }

    static StaffMember toDomain(StaffUserEntity e) {
        return StaffMember.reconstitute(new Username(e.username), StoredText.read(e.displayName),
                StaffRole.valueOf(e.role),
                e.officeIds.stream().map(OfficeId::new).collect(Collectors.toSet()), e.enabled, e.passwordHash);
    }

    /** Copies the member onto {@code e}, a new or a managed entity, replacing its offices. */
    static StaffUserEntity copy(StaffMember member, StaffUserEntity e) {
        e.username = member.username().value();
        e.displayName = member.displayName();
        e.role = member.role().name();
        e.enabled = member.isEnabled();
        e.passwordHash = member.passwordHash();
        e.officeIds.clear();
        member.offices().forEach(office -> e.officeIds.add(office.value()));
        return e;
    }
}
