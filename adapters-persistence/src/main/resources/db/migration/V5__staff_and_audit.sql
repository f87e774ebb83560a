-- The console's staff accounts, the offices each one serves, and the audit log of what staff did.
-- Texts people write (names, audit subjects and details) are sized in characters (VARCHAR2(n CHAR)), so that a
-- name full of accents fits on an Oracle Database that counts bytes. Oracle stores '' as NULL (H2 does too in
-- MODE=Oracle), so the audit texts that may be empty are nullable.

CREATE TABLE staff_user (
    username      VARCHAR2(40)       NOT NULL,
    display_name  VARCHAR2(100 CHAR) NOT NULL,
    role          VARCHAR2(12)       NOT NULL,
    enabled       NUMBER(1)          DEFAULT 1 NOT NULL,
    password_hash VARCHAR2(400)      NOT NULL,
    version       NUMBER(10)         DEFAULT 0 NOT NULL,
    created_at    TIMESTAMP          NOT NULL,
    CONSTRAINT pk_staff_user PRIMARY KEY (username),
    CONSTRAINT ck_staff_user_role CHECK (role IN ('ADMIN', 'SUPERVISOR', 'STAFF')),
    CONSTRAINT ck_staff_user_enabled CHECK (enabled IN (0, 1))
);

-- The offices a supervisor or staff member is assigned to; an admin reaches every office and has no rows here.
CREATE TABLE staff_user_office (
    username  VARCHAR2(40) NOT NULL,
    office_id VARCHAR2(60) NOT NULL,
    CONSTRAINT pk_staff_user_office PRIMARY KEY (username, office_id),
    CONSTRAINT fk_staff_office_user FOREIGN KEY (username) REFERENCES staff_user (username),
    CONSTRAINT fk_staff_office_office FOREIGN KEY (office_id) REFERENCES office (id)
);
CREATE INDEX ix_staff_user_office_office ON staff_user_office (office_id);

-- Append-only. OFFICE_ID has no foreign key on purpose: an entry outlives any office, and a refused request
-- names the office id that was asked for, which need not exist.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          NUMBER(19)         NOT NULL,
    occurred_at TIMESTAMP          NOT NULL,
    actor       VARCHAR2(100 CHAR) NOT NULL,
    action      VARCHAR2(40)       NOT NULL,
    office_id   VARCHAR2(60),
    subject     VARCHAR2(200 CHAR),
    detail      VARCHAR2(500 CHAR),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT ck_audit_entry_action CHECK (action IN ('SIGNED_IN', 'SIGN_IN_REFUSED', 'SIGNED_OUT',
        'VIEWED_APPLICANT_DATA', 'CHECKED_IN', 'MARKED_ATTENDED', 'MARKED_NO_SHOW', 'STAFF_CREATED',
        'STAFF_CHANGED', 'STAFF_DISABLED', 'STAFF_ENABLED', 'PASSWORD_RESET', 'OFFICE_CHANGED',
        'PROCEDURE_CHANGED', 'SCHEDULE_CHANGED', 'CLOSURE_ADDED', 'CLOSURE_REMOVED',
        'APPOINTMENT_CANCELLED_BY_OFFICE', 'ACCESS_REFUSED'))
);
CREATE INDEX ix_audit_entry_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_office ON audit_entry (office_id, occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject);

-- The agenda's search by passport number within one office.
CREATE INDEX ix_appointment_passport ON appointment (office_id, passport_number);
