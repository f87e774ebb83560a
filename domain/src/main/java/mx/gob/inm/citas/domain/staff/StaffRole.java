package mx.gob.inm.citas.domain.staff;

/** What a staff member may do. */
public enum StaffRole {
    /** Everything, in every office, including the accounts of other staff and the audit log. */
    ADMIN,
    /** Reads the offices assigned to them and their dashboards; changes nothing. */
    SUPERVISOR,
    /** Works (agenda, configuration) only in the offices assigned to them. */
    STAFF
}
