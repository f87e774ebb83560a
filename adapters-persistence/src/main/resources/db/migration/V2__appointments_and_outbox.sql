-- Appointments and the notification outbox.
-- Two invariants live here, so they hold across concurrent requests and several application instances:
--   * one active (pending or confirmed) appointment per nationality, passport and procedure: ACTIVE_KEY is set
--     exactly while the appointment is active (CK_APPOINTMENT_ACTIVE_KEY) and is unique (UQ_APPOINTMENT_ACTIVE;
--     rows whose key is NULL never collide, on Oracle as on H2);
--   * never more appointments than places in a slot: SLOT_LEDGER.TAKEN only grows through one conditional
--     UPDATE ... WHERE taken < places, in the same transaction that inserts the appointment.

CREATE TABLE appointment (
    code                 VARCHAR2(8)   NOT NULL,
    office_id            VARCHAR2(60)  NOT NULL,
    procedure_code       VARCHAR2(40)  NOT NULL,
    slot_start           TIMESTAMP     NOT NULL,
    duration_minutes     NUMBER(4)     NOT NULL,
    status               VARCHAR2(24)  NOT NULL,
    active_key           VARCHAR2(80),
    given_names          VARCHAR2(100) NOT NULL,
    surnames             VARCHAR2(100) NOT NULL,
    nationality          VARCHAR2(3)   NOT NULL,
    passport_number      VARCHAR2(20)  NOT NULL,
    date_of_birth        DATE          NOT NULL,
    email                VARCHAR2(254) NOT NULL,
    phone                VARCHAR2(20),
    language             VARCHAR2(2)   NOT NULL,
    verification_code    VARCHAR2(6)   NOT NULL,
    failed_verifications NUMBER(3)     DEFAULT 0 NOT NULL,
    hold_expires_at      TIMESTAMP     NOT NULL,
    sequence_no          NUMBER(5)     DEFAULT 0 NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    reminder_for         TIMESTAMP,
    version              NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_appointment PRIMARY KEY (code),
    CONSTRAINT fk_appointment_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_appointment_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code),
    CONSTRAINT uq_appointment_active UNIQUE (active_key),
    CONSTRAINT ck_appointment_status CHECK (status IN ('PENDING_VERIFICATION', 'CONFIRMED', 'CHECKED_IN',
        'ATTENDED', 'NO_SHOW', 'EXPIRED', 'CANCELLED')),
    CONSTRAINT ck_appointment_active_key CHECK (
        (status IN ('PENDING_VERIFICATION', 'CONFIRMED') AND active_key IS NOT NULL)
        OR (status NOT IN ('PENDING_VERIFICATION', 'CONFIRMED') AND active_key IS NULL)),
    CONSTRAINT ck_appointment_language CHECK (language IN ('es', 'en'))
);
CREATE INDEX ix_appointment_hold ON appointment (status, hold_expires_at);
CREATE INDEX ix_appointment_slot ON appointment (office_id, slot_start);

CREATE TABLE outbox_message (
    id               VARCHAR2(36)  NOT NULL,
    appointment_code VARCHAR2(8)   NOT NULL,
    kind             VARCHAR2(20)  NOT NULL,
    slot_start       TIMESTAMP     NOT NULL,
    sequence_no      NUMBER(5)     NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    due_at           TIMESTAMP     NOT NULL,
    attempts         NUMBER(5)     DEFAULT 0 NOT NULL,
    claimed_until    TIMESTAMP,
    sent_at          TIMESTAMP,
    last_error       VARCHAR2(500),
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT fk_outbox_appointment FOREIGN KEY (appointment_code) REFERENCES appointment (code),
    CONSTRAINT ck_outbox_kind CHECK (kind IN ('VERIFICATION', 'CONFIRMATION', 'RESCHEDULE', 'CANCELLATION',
        'REMINDER'))
);
CREATE INDEX ix_outbox_due ON outbox_message (sent_at, due_at);
