-- (1) The secret that signs the verification mail's confirm links (HMAC-SHA256), shared by every instance on this
-- database and kept across restarts. Created at random by the first instance that needs it: the primary key (one
-- row, id 1) lets only one first insert win; every other instance then reads that row.
CREATE TABLE link_secret (
    id     NUMBER(1)    NOT NULL,
    secret VARCHAR2(88) NOT NULL,
    CONSTRAINT pk_link_secret PRIMARY KEY (id),
    CONSTRAINT ck_link_secret_one_row CHECK (id = 1)
);

-- (2) How often a hold's e-mail address was changed: at most twice per hold (the domain refuses a third), so one hold
-- cannot mail address after address.
ALTER TABLE appointment ADD email_changes NUMBER(1) DEFAULT 0 NOT NULL;
