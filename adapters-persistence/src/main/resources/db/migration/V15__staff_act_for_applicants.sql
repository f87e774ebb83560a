-- Staff act for an applicant (issue #15): they book at the desk or on the phone for a person who may have no e-mail
-- address (the code is given on paper or aloud, and no mail is queued), and they cancel or move an appointment with
-- a reason, which the applicant's mail repeats. An unverified hold still always has an address: the domain refuses
-- a hold without one, and V12's ACTIVE_KEY of a hold ends with it.
ALTER TABLE appointment MODIFY email VARCHAR2(254) NULL;
-- Why staff last cancelled or moved the appointment, as they wrote it (the domain allows 200 characters).
ALTER TABLE appointment ADD staff_reason VARCHAR2(200 CHAR);

-- Each of those steps, and undoing a mistaken check-in, attended or no-show, is audited.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action CHECK (action IN ('SIGNED_IN', 'SIGN_IN_REFUSED',
    'SIGNED_OUT', 'VIEWED_APPLICANT_DATA', 'CHECKED_IN', 'MARKED_ATTENDED', 'MARKED_NO_SHOW', 'STAFF_CREATED',
    'STAFF_CHANGED', 'STAFF_DISABLED', 'STAFF_ENABLED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'PROCEDURE_CHANGED',
    'SCHEDULE_CHANGED', 'CLOSURE_ADDED', 'CLOSURE_REMOVED', 'APPOINTMENT_CANCELLED_BY_OFFICE', 'ACCESS_REFUSED',
    'CAPACITY_SNAPSHOT_RECORDED', 'APPOINTMENT_BOOKED_BY_STAFF', 'APPOINTMENT_CANCELLED_BY_STAFF',
    'APPOINTMENT_MOVED_BY_STAFF', 'AGENDA_STEP_UNDONE'));
