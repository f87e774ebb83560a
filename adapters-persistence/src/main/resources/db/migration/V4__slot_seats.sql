-- Every taken place is also a numbered seat of its slot (1 .. places), held by one appointment. The primary key
-- makes a seat impossible to give twice, whatever happens to SLOT_LEDGER.TAKEN: the ledger's conditional update
-- decides who may take a place, the seat proves it (a storm once showed one place too many on the embedded
-- database with the count alone). A seat row lives exactly while its appointment holds the place.
CREATE TABLE slot_seat (
    office_id        VARCHAR2(60) NOT NULL,
    slot_start       TIMESTAMP    NOT NULL,
    seat_no          NUMBER(3)    NOT NULL,
    appointment_code VARCHAR2(8)  NOT NULL,
    CONSTRAINT pk_slot_seat PRIMARY KEY (office_id, slot_start, seat_no),
    CONSTRAINT uq_slot_seat_holder UNIQUE (office_id, slot_start, appointment_code),
    CONSTRAINT fk_slot_seat_ledger FOREIGN KEY (office_id, slot_start) REFERENCES slot_ledger (office_id, slot_start),
    CONSTRAINT ck_slot_seat_no CHECK (seat_no >= 1)
);

-- The appointments active before this migration get seats in the order of their codes.
INSERT INTO slot_seat (office_id, slot_start, seat_no, appointment_code)
SELECT a.office_id, a.slot_start,
       (SELECT COUNT(*) FROM appointment b
         WHERE b.office_id = a.office_id AND b.slot_start = a.slot_start
           AND b.status IN ('PENDING_VERIFICATION', 'CONFIRMED') AND b.code <= a.code),
       a.code
  FROM appointment a
 WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED');
