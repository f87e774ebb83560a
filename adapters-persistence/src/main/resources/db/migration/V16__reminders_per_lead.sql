-- Reminders go out at several leads before an appointment (CITAS_REMINDER_HOURS, by default 72 and 24 hours).
-- REMINDER_FOR is the start the reminders queued refer to and REMINDER_LEAD_MINUTES the shortest lead queued for
-- it: one conditional UPDATE claims a reminder (a lead shorter than the one recorded, or a start other than the
-- one recorded), so each goes out once across instances, and a moved appointment gets its reminders again.
-- Until now the one reminder went out 24 hours ahead.
ALTER TABLE appointment ADD reminder_lead_minutes NUMBER(6);
UPDATE appointment SET reminder_lead_minutes = 1440 WHERE reminder_for IS NOT NULL;
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_reminder CHECK (
    (reminder_for IS NULL AND reminder_lead_minutes IS NULL)
    OR (reminder_for IS NOT NULL AND reminder_lead_minutes > 0));

-- When an applicant was last told about an appointment at a start (a reminder that would repeat the confirmation
-- is not sent): looked up per appointment.
CREATE INDEX ix_outbox_appointment ON outbox_message (appointment_code, slot_start);

-- The reminder windows are looked up every 5 minutes by status and start.
CREATE INDEX ix_appointment_status_start ON appointment (status, slot_start);
