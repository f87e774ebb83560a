-- How many times an applicant asked for the verification code again (the public site allows it once per hold).
ALTER TABLE appointment ADD verification_resends NUMBER(1) DEFAULT 0 NOT NULL;
