-- Closures typed in the console cancel the appointments on their days, and each applicant gets an apology: a new
-- kind of outbox message. A CHECK constraint cannot be altered, so it is dropped and added again with the new kind.
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_kind;
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_kind CHECK (kind IN ('VERIFICATION', 'CONFIRMATION',
    'RESCHEDULE', 'CANCELLATION', 'REMINDER', 'CANCELLED_BY_OFFICE'));

-- A closure's reason is now written by staff: sized in characters like the other texts people write (V5), so that
-- the 200 characters the domain allows fit, accents and all, on an Oracle Database that counts bytes. MODIFY keeps
-- the column NOT NULL, on Oracle as on H2.
ALTER TABLE closure MODIFY reason VARCHAR2(200 CHAR);
