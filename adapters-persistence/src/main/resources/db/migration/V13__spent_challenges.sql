-- Proof-of-work challenges already used for a hold: the primary key refuses a second use of one, on every instance
-- sharing the database. A challenge expires after 10 minutes; rows past their expiry are deleted by housekeeping.
CREATE TABLE spent_challenge (
    challenge  VARCHAR2(128) NOT NULL,
    expires_at TIMESTAMP     NOT NULL,
    CONSTRAINT pk_spent_challenge PRIMARY KEY (challenge)
);
CREATE INDEX ix_spent_challenge_expiry ON spent_challenge (expires_at);
