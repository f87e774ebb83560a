-- Supervisors' capacity figures (issue #14).
-- Who cancelled an appointment, and when: the dashboards count cancellations by the applicant and by the office, and
-- a day's cancellations. Appointments cancelled before this migration keep an unknown moment (CANCELLED_AT NULL);
-- those the office cancelled are the ones that queued the office's apology (V6).
ALTER TABLE appointment ADD cancelled_by VARCHAR2(12);
ALTER TABLE appointment ADD cancelled_at TIMESTAMP;
UPDATE appointment a SET cancelled_by = CASE WHEN EXISTS (SELECT 1 FROM outbox_message o
        WHERE o.appointment_code = a.code AND o.kind = 'CANCELLED_BY_OFFICE') THEN 'OFFICE' ELSE 'APPLICANT' END
    WHERE a.status = 'CANCELLED';
-- (cancelled_by IN (...) alone is unknown, not false, for NULL, and a CHECK accepts unknown: hence IS NOT NULL.)
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_cancelled_by CHECK (
    (status = 'CANCELLED' AND cancelled_by IS NOT NULL AND cancelled_by IN ('APPLICANT', 'OFFICE'))
    OR (status <> 'CANCELLED' AND cancelled_by IS NULL AND cancelled_at IS NULL));

-- The figures are GROUP BY queries over a range of slots of one office: this index holds every column they read,
-- so they never visit the table's rows. The day's bookings and cancellations are counted by when they happened.
CREATE INDEX ix_appointment_figures ON appointment (office_id, slot_start, procedure_code, status, cancelled_by);
-- It leads with V2's (office_id, slot_start), which serves the agenda's reads as well: that one would only cost every
-- booking a second index write.
DROP INDEX ix_appointment_slot;
CREATE INDEX ix_appointment_created ON appointment (office_id, created_at, procedure_code, status);
CREATE INDEX ix_appointment_cancelled ON appointment (office_id, cancelled_at, procedure_code);

-- The backlog's history: one row per office, procedure and office-local day, written once by the nightly job (the
-- primary key refuses a second one, whichever instance tries). The key leads with the office and the day, so whether
-- a day was recorded, the last day recorded and a range of days are each read from one range of the key.
-- MEASURED = 0 for a day filled in after it was missed: its bookings and cancellations are exact, but the places and
-- the next free date of that night are unknown (NULL).
CREATE TABLE capacity_snapshot (
    office_id      VARCHAR2(60) NOT NULL,
    procedure_code VARCHAR2(40) NOT NULL,
    snapshot_day   DATE         NOT NULL,
    taken_at       TIMESTAMP    NOT NULL,
    measured       NUMBER(1)    NOT NULL,
    offered_places NUMBER(9),
    free_places    NUMBER(9),
    next_free_day  DATE,
    bookings       NUMBER(9)    NOT NULL,
    cancellations  NUMBER(9)    NOT NULL,
    CONSTRAINT pk_capacity_snapshot PRIMARY KEY (office_id, snapshot_day, procedure_code),
    CONSTRAINT fk_capacity_snapshot_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_capacity_snapshot_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code),
    CONSTRAINT ck_capacity_snapshot_measured CHECK ((measured = 1 AND offered_places IS NOT NULL
        AND free_places IS NOT NULL) OR (measured = 0 AND offered_places IS NULL AND free_places IS NULL
        AND next_free_day IS NULL)),
    CONSTRAINT ck_capacity_snapshot_counts CHECK (bookings >= 0 AND cancellations >= 0
        AND (free_places IS NULL OR (free_places >= 0 AND free_places <= offered_places)))
);

-- An admin may fill in by hand the snapshot of a day the nightly job missed, and the audit log says who did.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action CHECK (action IN ('SIGNED_IN', 'SIGN_IN_REFUSED',
    'SIGNED_OUT', 'VIEWED_APPLICANT_DATA', 'CHECKED_IN', 'MARKED_ATTENDED', 'MARKED_NO_SHOW', 'STAFF_CREATED',
    'STAFF_CHANGED', 'STAFF_DISABLED', 'STAFF_ENABLED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'PROCEDURE_CHANGED',
    'SCHEDULE_CHANGED', 'CLOSURE_ADDED', 'CLOSURE_REMOVED', 'APPOINTMENT_CANCELLED_BY_OFFICE', 'ACCESS_REFUSED',
    'CAPACITY_SNAPSHOT_RECORDED'));
