-- A hold checks the office's closures and week in Java, then takes its place with one conditional UPDATE of the
-- slot's ledger row; a closure or a week saved in between would leave it in a day or slot no longer open. Each slot
-- now carries the version of the calendar it was booked against: a closure, or a week that drops the slot or takes
-- places or procedures from it, moves the version on in its own transaction, and a hold's UPDATE requires the
-- version it read before reading the calendar. The check is on the very row the UPDATE locks, so both engines decide
-- it on the row's current value: a hold waiting behind the change's lock finds the version moved once it commits,
-- and a change waiting behind a hold's lock then sees that hold's appointment.
ALTER TABLE slot_ledger ADD calendar_version NUMBER(10) DEFAULT 0 NOT NULL;
