-- Squatting: whoever knows a stranger's passport number could hold with it and their own e-mail address, and the
-- owner was then refused. Now only a CONFIRMED appointment is unique per nationality, passport and procedure; an
-- unverified hold is unique per holder and e-mail address (ACTIVE_KEY = holder key || ':' || address), so the owner
-- can still hold with their own address, and the first hold verified wins (the database refuses a second CONFIRMED
-- one through UQ_APPOINTMENT_ACTIVE). HOLDER_KEY (nationality:passport:procedure) is set while the appointment is
-- active, like ACTIVE_KEY, so a holder's other holds are found and released once one of them is confirmed.
ALTER TABLE appointment MODIFY active_key VARCHAR2(400);
ALTER TABLE appointment ADD holder_key VARCHAR2(80);
UPDATE appointment SET holder_key = active_key WHERE active_key IS NOT NULL;
UPDATE appointment SET active_key = active_key || ':' || LOWER(email) WHERE status = 'PENDING_VERIFICATION';
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_holder_key CHECK (
    (active_key IS NULL AND holder_key IS NULL) OR (active_key IS NOT NULL AND holder_key IS NOT NULL));
CREATE INDEX ix_appointment_holder ON appointment (holder_key, status);

-- Verification mails go out ahead of bulk mail (reminders): a flood of one kind never delays a person's code.
ALTER TABLE outbox_message ADD priority NUMBER(1) DEFAULT 5 NOT NULL;
UPDATE outbox_message SET priority = 0 WHERE kind = 'VERIFICATION';
UPDATE outbox_message SET priority = 9 WHERE kind = 'REMINDER';
CREATE INDEX ix_outbox_priority ON outbox_message (sent_at, priority, due_at);
