-- The national view keeps what became of each office-day's appointments once the day is over (see PastAttendance)
-- and must hear of the rare change made to such a day afterwards: a no-show marked, an applicant served, or an
-- appointment moved days after its slot. The appointment repository logs here every change to an appointment's
-- status or time made 12 hours or more after its slot began (the slot before the change; CapacityStatistics
-- LATE_CHANGE), and the view reads the log by when the changes were made.
CREATE SEQUENCE appointment_late_change_seq START WITH 1 INCREMENT BY 1 CACHE 20;
CREATE TABLE appointment_late_change (
    change_no  NUMBER(19)   NOT NULL,
    office_id  VARCHAR2(60) NOT NULL,
    slot_start TIMESTAMP    NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_appointment_late_change PRIMARY KEY (change_no),
    CONSTRAINT fk_appointment_late_change_office FOREIGN KEY (office_id) REFERENCES office (id)
);
CREATE INDEX ix_appointment_late_change_time ON appointment_late_change (changed_at, office_id, slot_start);
