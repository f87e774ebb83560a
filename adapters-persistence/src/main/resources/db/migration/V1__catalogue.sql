-- Catalogue, weekly schedules, closures and the slot ledger.
-- One dialect for Oracle Database (19c and later, 23ai Free) and H2 in MODE=Oracle: VARCHAR2, NUMBER, DATE,
-- TIMESTAMP, sequences, named constraints. Instants are stored as UTC TIMESTAMPs.

CREATE TABLE office (
    id          VARCHAR2(60)  NOT NULL,
    name        VARCHAR2(200) NOT NULL,
    state_code  VARCHAR2(5)   NOT NULL,
    state_name  VARCHAR2(100) NOT NULL,
    city        VARCHAR2(100) NOT NULL,
    address     VARCHAR2(400) NOT NULL,
    time_zone   VARCHAR2(60)  NOT NULL,
    active      NUMBER(1)     DEFAULT 1 NOT NULL,
    version     NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_office PRIMARY KEY (id),
    CONSTRAINT ck_office_active CHECK (active IN (0, 1))
);

CREATE TABLE service_procedure (
    code             VARCHAR2(40)  NOT NULL,
    name_es          VARCHAR2(300) NOT NULL,
    name_en          VARCHAR2(300) NOT NULL,
    duration_minutes NUMBER(4)     NOT NULL,
    bookable_online  NUMBER(1)     NOT NULL,
    version          NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_service_procedure PRIMARY KEY (code),
    CONSTRAINT ck_procedure_duration CHECK (duration_minutes BETWEEN 1 AND 480),
    CONSTRAINT ck_procedure_online CHECK (bookable_online IN (0, 1))
);

CREATE TABLE procedure_requirement (
    procedure_code VARCHAR2(40)  NOT NULL,
    line_no        NUMBER(3)     NOT NULL,
    text_es        VARCHAR2(500) NOT NULL,
    text_en        VARCHAR2(500) NOT NULL,
    CONSTRAINT pk_procedure_requirement PRIMARY KEY (procedure_code, line_no),
    CONSTRAINT fk_requirement_procedure FOREIGN KEY (procedure_code) REFERENCES service_procedure (code)
);

CREATE SEQUENCE opening_period_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE opening_period (
    id              NUMBER(19)   NOT NULL,
    office_id       VARCHAR2(60) NOT NULL,
    day_of_week     NUMBER(1)    NOT NULL,
    opens_minute    NUMBER(4)    NOT NULL,
    closes_minute   NUMBER(4)    NOT NULL,
    slot_minutes    NUMBER(3)    NOT NULL,
    places_per_slot NUMBER(3)    NOT NULL,
    CONSTRAINT pk_opening_period PRIMARY KEY (id),
    CONSTRAINT fk_period_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_period_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_period_hours CHECK (opens_minute >= 0 AND opens_minute < closes_minute AND closes_minute <= 1440),
    CONSTRAINT ck_period_slot CHECK (slot_minutes BETWEEN 5 AND 240),
    CONSTRAINT ck_period_places CHECK (places_per_slot BETWEEN 1 AND 500)
);
CREATE INDEX ix_opening_period_office ON opening_period (office_id, day_of_week);

CREATE TABLE opening_period_procedure (
    period_id      NUMBER(19)   NOT NULL,
    procedure_code VARCHAR2(40) NOT NULL,
    CONSTRAINT pk_opening_period_procedure PRIMARY KEY (period_id, procedure_code),
    CONSTRAINT fk_period_procedure_period FOREIGN KEY (period_id) REFERENCES opening_period (id),
    CONSTRAINT fk_period_procedure_code FOREIGN KEY (procedure_code) REFERENCES service_procedure (code)
);

CREATE SEQUENCE closure_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE closure (
    id        NUMBER(19)    NOT NULL,
    office_id VARCHAR2(60),
    first_day DATE          NOT NULL,
    last_day  DATE          NOT NULL,
    reason    VARCHAR2(200) NOT NULL,
    CONSTRAINT pk_closure PRIMARY KEY (id),
    CONSTRAINT fk_closure_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_closure_days CHECK (first_day <= last_day)
);
CREATE INDEX ix_closure_office_days ON closure (office_id, last_day, first_day);

-- How many places are taken in each slot that has had a booking; a slot with no row has none taken.
CREATE TABLE slot_ledger (
    office_id  VARCHAR2(60) NOT NULL,
    slot_start TIMESTAMP    NOT NULL,
    taken      NUMBER(5)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_slot_ledger PRIMARY KEY (office_id, slot_start),
    CONSTRAINT fk_slot_ledger_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_slot_ledger_taken CHECK (taken >= 0)
);
