-- "At least one enabled admin" is held by the database. ADMIN_GUARD has one row (ID = 1) counting the enabled admins
-- of STAFF_USER. Every change that enables, disables, promotes or demotes an admin moves the count in its own
-- transaction with one conditional UPDATE ... SET enabled_admins = enabled_admins + :change
-- WHERE enabled_admins + :change >= 1: two admins disabling each other at the same moment queue on this row, and the
-- second finds the count at 1, changes nothing and is refused with its whole transaction. CK_ADMIN_GUARD_ENABLED
-- refuses a count below 1 should any statement try it anyway.
-- An empty console has no admin to count, so the row exists from the first admin on: created here when there are
-- enabled admins already, and by the application with the first admin otherwise.
CREATE TABLE admin_guard (
    id             NUMBER(1)  NOT NULL,
    enabled_admins NUMBER(10) NOT NULL,
    CONSTRAINT pk_admin_guard PRIMARY KEY (id),
    CONSTRAINT ck_admin_guard_one_row CHECK (id = 1),
    CONSTRAINT ck_admin_guard_enabled CHECK (enabled_admins >= 1)
);

INSERT INTO admin_guard (id, enabled_admins)
    SELECT 1, COUNT(*) FROM staff_user WHERE role = 'ADMIN' AND enabled = 1 HAVING COUNT(*) > 0;
