-- The office floor (issue #16): walk-in tokens (fichas) beside the online places, one queue per office where
-- checked-in appointments and tokens wait, the service windows that call from it, and the visit log.

-- How an office runs its floor; a row exists once it was set up (domain OfficeFloor.create otherwise).
-- CONVERSION_MINUTES: online places still free that long before their slot become tokens (NULL: never).
CREATE TABLE office_floor (
    office_id           VARCHAR2(60) NOT NULL,
    ratio_appointments  NUMBER(2)    NOT NULL,
    ratio_walk_ins      NUMBER(2)    NOT NULL,
    conversion_minutes  NUMBER(3),
    version             NUMBER(10)   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_office_floor PRIMARY KEY (office_id),
    CONSTRAINT fk_office_floor_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_office_floor_ratio CHECK (ratio_appointments BETWEEN 1 AND 20 AND ratio_walk_ins BETWEEN 1 AND 20),
    CONSTRAINT ck_office_floor_conversion CHECK (conversion_minutes IS NULL OR conversion_minutes BETWEEN 5 AND 240)
);

-- A pool of walk-in tokens: a daily quota for one procedure or for several, numbered with its letter (A-017).
-- C numbers checked-in appointments.
CREATE TABLE walk_in_pool (
    office_id     VARCHAR2(60) NOT NULL,
    letter        CHAR(1)      NOT NULL,
    daily_tokens  NUMBER(4)    NOT NULL,
    CONSTRAINT pk_walk_in_pool PRIMARY KEY (office_id, letter),
    CONSTRAINT fk_walk_in_pool_floor FOREIGN KEY (office_id) REFERENCES office_floor (office_id),
    CONSTRAINT ck_walk_in_pool_letter CHECK (letter BETWEEN 'A' AND 'Z' AND letter <> 'C'),
    CONSTRAINT ck_walk_in_pool_tokens CHECK (daily_tokens BETWEEN 0 AND 9999)
);

-- The procedures of each pool; the primary key keeps a procedure in one pool of its office.
CREATE TABLE walk_in_pool_procedure (
    office_id       VARCHAR2(60) NOT NULL,
    procedure_code  VARCHAR2(40) NOT NULL,
    letter          CHAR(1)      NOT NULL,
    CONSTRAINT pk_walk_in_pool_procedure PRIMARY KEY (office_id, procedure_code),
    CONSTRAINT fk_walk_in_pool_procedure_pool FOREIGN KEY (office_id, letter) REFERENCES walk_in_pool (office_id, letter)
);

-- A day with its own number of tokens of a pool (a short day, a campaign).
CREATE TABLE walk_in_day_tokens (
    office_id    VARCHAR2(60) NOT NULL,
    letter       CHAR(1)      NOT NULL,
    service_day  DATE         NOT NULL,
    tokens       NUMBER(4)    NOT NULL,
    CONSTRAINT pk_walk_in_day_tokens PRIMARY KEY (office_id, letter, service_day),
    CONSTRAINT fk_walk_in_day_tokens_pool FOREIGN KEY (office_id, letter) REFERENCES walk_in_pool (office_id, letter),
    CONSTRAINT ck_walk_in_day_tokens CHECK (tokens BETWEEN 0 AND 9999)
);

-- How many tokens each pool gave on a day (the office's local day). A token is given by one conditional
-- UPDATE ... SET issued = issued + 1 WHERE issued < :quota in the issuing transaction (see JpaWalkInTally): the
-- quota holds however many receptionists press at once. No foreign key to the pool: a pool removed later keeps
-- its days' counts for the figures.
CREATE TABLE walk_in_tally (
    office_id    VARCHAR2(60) NOT NULL,
    letter       CHAR(1)      NOT NULL,
    service_day  DATE         NOT NULL,
    issued       NUMBER(5)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_walk_in_tally PRIMARY KEY (office_id, letter, service_day),
    CONSTRAINT ck_walk_in_tally_issued CHECK (issued >= 0)
);

-- The service windows (ventanillas) of an office and the procedures each serves.
CREATE TABLE service_window (
    office_id   VARCHAR2(60) NOT NULL,
    window_no   NUMBER(2)    NOT NULL,
    -- who has the window open now, since when (NULL: closed); opened by one conditional UPDATE
    opened_by   VARCHAR2(60),
    opened_at   TIMESTAMP,
    CONSTRAINT pk_service_window PRIMARY KEY (office_id, window_no),
    CONSTRAINT fk_service_window_floor FOREIGN KEY (office_id) REFERENCES office_floor (office_id),
    CONSTRAINT ck_service_window_no CHECK (window_no BETWEEN 1 AND 99),
    CONSTRAINT ck_service_window_opened CHECK ((opened_by IS NULL AND opened_at IS NULL)
        OR (opened_by IS NOT NULL AND opened_at IS NOT NULL))
);

CREATE TABLE service_window_procedure (
    office_id       VARCHAR2(60) NOT NULL,
    window_no       NUMBER(2)    NOT NULL,
    procedure_code  VARCHAR2(40) NOT NULL,
    CONSTRAINT pk_service_window_procedure PRIMARY KEY (office_id, window_no, procedure_code),
    CONSTRAINT fk_service_window_procedure FOREIGN KEY (office_id, window_no)
        REFERENCES service_window (office_id, window_no)
);

-- The last number given of each letter at an office on a day: the next is taken by UPDATE ... SET last_no =
-- last_no + 1 in the transaction that issues it (the row lock orders concurrent ones); the day starts at the
-- office's local midnight.
CREATE TABLE visit_number (
    office_id    VARCHAR2(60) NOT NULL,
    service_day  DATE         NOT NULL,
    letter       CHAR(1)      NOT NULL,
    last_no      NUMBER(4)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_visit_number PRIMARY KEY (office_id, service_day, letter)
);

-- A person's visit on an office's day: a walk-in token or a checked-in appointment, known by office, day and
-- display number (the primary key: never one number twice). A call is one conditional
-- UPDATE ... WHERE status = 'WAITING', so two windows never call one visit.
CREATE TABLE visit (
    office_id          VARCHAR2(60)  NOT NULL,
    service_day        DATE          NOT NULL,
    display_no         VARCHAR2(6)   NOT NULL,
    kind               VARCHAR2(12)  NOT NULL,
    procedure_code     VARCHAR2(40)  NOT NULL,
    priority           VARCHAR2(12)  NOT NULL,
    person_name        VARCHAR2(80 CHAR),
    appointment_code   VARCHAR2(8),
    slot_start         TIMESTAMP,
    queued_at          TIMESTAMP     NOT NULL,
    status             VARCHAR2(10)  NOT NULL,
    window_no          NUMBER(2),
    target_window_no   NUMBER(2),
    calls              NUMBER(1)     DEFAULT 0 NOT NULL,
    first_called_at    TIMESTAMP,
    started_at         TIMESTAMP,
    finished_at        TIMESTAMP,
    version            NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_visit PRIMARY KEY (office_id, service_day, display_no),
    CONSTRAINT uq_visit_appointment UNIQUE (appointment_code),
    CONSTRAINT ck_visit_kind CHECK (kind IN ('APPOINTMENT', 'WALK_IN')),
    CONSTRAINT ck_visit_kind_appointment CHECK ((kind = 'APPOINTMENT' AND appointment_code IS NOT NULL
        AND slot_start IS NOT NULL) OR (kind = 'WALK_IN' AND appointment_code IS NULL)),
    CONSTRAINT ck_visit_priority CHECK (priority IN ('NONE', 'OLDER_ADULT', 'PREGNANT', 'DISABILITY')),
    CONSTRAINT ck_visit_status CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'FINISHED', 'NO_SHOW',
        'WITHDRAWN')),
    CONSTRAINT ck_visit_calls CHECK (calls BETWEEN 0 AND 3),
    -- a visit called, served or found absent keeps the window that called it; one in the queue has none
    -- a visit called or served is at a window, one in the queue at none; one that is over keeps where it was
    -- (none when it ended on the agenda before any call)
    CONSTRAINT ck_visit_at_window CHECK ((status IN ('CALLED', 'SERVING') AND window_no IS NOT NULL)
        OR (status IN ('WAITING', 'WITHDRAWN') AND window_no IS NULL) OR status IN ('FINISHED', 'NO_SHOW'))
);
-- The queue of an office's day, and the figures of its days.
CREATE INDEX ix_visit_status ON visit (office_id, service_day, status);

-- The append-only log of every step of every visit. LOG_POSITION grows with each step (a sequence), so a call display
-- on any instance asks for what came after the position it showed. BY_USER: the staff member (NULL: the person).
CREATE SEQUENCE visit_event_seq START WITH 1 INCREMENT BY 1 NOCACHE;
CREATE TABLE visit_event (
    log_position NUMBER(19)    NOT NULL,
    office_id    VARCHAR2(60)  NOT NULL,
    service_day  DATE          NOT NULL,
    display_no   VARCHAR2(6)   NOT NULL,
    kind         VARCHAR2(12)  NOT NULL,
    happened_at  TIMESTAMP     NOT NULL,
    window_no    NUMBER(2),
    by_user      VARCHAR2(60),
    detail       VARCHAR2(100),
    CONSTRAINT pk_visit_event PRIMARY KEY (log_position),
    CONSTRAINT fk_visit_event_visit FOREIGN KEY (office_id, service_day, display_no)
        REFERENCES visit (office_id, service_day, display_no),
    CONSTRAINT ck_visit_event_kind CHECK (kind IN ('ISSUED', 'CHECKED_IN', 'CALLED', 'RECALLED', 'STARTED',
        'FINISHED', 'NO_SHOW', 'TRANSFERRED', 'WITHDRAWN', 'REJOINED'))
);
CREATE INDEX ix_visit_event_office ON visit_event (office_id, log_position);

-- Changes to an office's floor are audited.
ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action CHECK (action IN ('SIGNED_IN', 'SIGN_IN_REFUSED',
    'SIGNED_OUT', 'VIEWED_APPLICANT_DATA', 'CHECKED_IN', 'MARKED_ATTENDED', 'MARKED_NO_SHOW', 'STAFF_CREATED',
    'STAFF_CHANGED', 'STAFF_DISABLED', 'STAFF_ENABLED', 'PASSWORD_RESET', 'OFFICE_CHANGED', 'PROCEDURE_CHANGED',
    'SCHEDULE_CHANGED', 'CLOSURE_ADDED', 'CLOSURE_REMOVED', 'APPOINTMENT_CANCELLED_BY_OFFICE', 'ACCESS_REFUSED',
    'CAPACITY_SNAPSHOT_RECORDED', 'APPOINTMENT_BOOKED_BY_STAFF', 'APPOINTMENT_CANCELLED_BY_STAFF',
    'APPOINTMENT_MOVED_BY_STAFF', 'AGENDA_STEP_UNDONE', 'FLOOR_CHANGED'));
