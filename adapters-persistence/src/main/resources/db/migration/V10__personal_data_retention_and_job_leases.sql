-- Personal data has an end: an appointment's applicant is anonymised a set number of days after it
-- (citas.privacy.retention-days). ANONYMISED marks the rows whose names, passport, date of birth, e-mail and phone
-- were replaced by the domain's placeholders; code, office, procedure, slot, duration, status, nationality and
-- language stay, so the offices' figures survive. CK_APPOINTMENT_ANONYMISED_DATA makes a row marked anonymised that
-- still holds personal data impossible. The passport placeholder is 'ANON' and the code, so rows still active keep
-- unique active keys.
ALTER TABLE appointment ADD anonymised NUMBER(1) DEFAULT 0 NOT NULL;
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_anonymised CHECK (anonymised IN (0, 1));
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_anonymised_data CHECK (anonymised = 0 OR (
    given_names = '—' AND surnames = '—' AND passport_number = 'ANON' || code
    AND date_of_birth = DATE '1900-01-02' AND email = 'anonimizado@anonimizado.invalid' AND phone IS NULL));
-- The job asks every hour for the oldest appointments not yet anonymised.
CREATE INDEX ix_appointment_personal_data ON appointment (anonymised, slot_start);

-- Applicants type their names: sized in characters like the other texts people write (V5), so that the 100
-- characters the domain allows fit, accents and all, on an Oracle Database that counts bytes.
ALTER TABLE appointment MODIFY given_names VARCHAR2(100 CHAR);
ALTER TABLE appointment MODIFY surnames VARCHAR2(100 CHAR);

-- A job every instance schedules is done by one at a time: the instance named in HOLDER does it until LEASED_UNTIL.
-- A lease is taken by one conditional UPDATE ... WHERE holder IS NULL OR holder = :me OR leased_until <= :now, in
-- the transaction of the work it covers, so a second instance waits on the row and then finds it held. The row of a
-- job is created on first use, empty (see JpaJobLeases).
CREATE TABLE job_lease (
    name         VARCHAR2(60)  NOT NULL,
    holder       VARCHAR2(200),
    leased_until TIMESTAMP,
    CONSTRAINT pk_job_lease PRIMARY KEY (name),
    CONSTRAINT ck_job_lease_held CHECK ((holder IS NULL AND leased_until IS NULL)
        OR (holder IS NOT NULL AND leased_until IS NOT NULL))
);

-- The audit log keeps who searched the agenda, not the passport numbers they typed: a search is now recorded as
-- 'search code <code>' or 'search passport *****567'. Searches recorded before kept what was typed, a code or a
-- passport number: all but its last three characters are masked.
-- (The result is cut at the column's 200 characters: a very long search typed before must not stop the migration.)
UPDATE audit_entry SET subject = SUBSTR('search code or passport ' || LPAD(SUBSTR(subject, -3), LENGTH(subject) - 7, '*'),
    1, 200)
    WHERE action = 'VIEWED_APPLICANT_DATA' AND subject LIKE 'search %' AND LENGTH(subject) > 10;
