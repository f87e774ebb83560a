-- Staff now change an office's week in the console. Each save of the week counts on the office's row, and a save
-- from a form opened at an older count changes nothing: the check and the count are one conditional UPDATE, so it
-- holds across instances.
ALTER TABLE office ADD schedule_revision NUMBER(10) DEFAULT 0 NOT NULL;

-- Offices and procedures are now typed by staff too: their texts are sized in characters (as in V5), so that the
-- lengths the domain allows fit, accents and all, on an Oracle Database that counts bytes.
ALTER TABLE office MODIFY name VARCHAR2(200 CHAR);
ALTER TABLE office MODIFY city VARCHAR2(100 CHAR);
ALTER TABLE office MODIFY address VARCHAR2(400 CHAR);
ALTER TABLE service_procedure MODIFY name_es VARCHAR2(300 CHAR);
ALTER TABLE service_procedure MODIFY name_en VARCHAR2(300 CHAR);
ALTER TABLE procedure_requirement MODIFY text_es VARCHAR2(500 CHAR);
ALTER TABLE procedure_requirement MODIFY text_en VARCHAR2(500 CHAR);
