-- A week's revision is now drawn from a sequence instead of counting up. A sequence never hands a number out
-- twice, even to a transaction that rolls back, so a revision seen inside a save that was later undone can never
-- match a week saved afterwards: each instance may then trust a week it read as long as the office's row still
-- has the revision it was read at. Starting above any count V7 could have reached keeps revisions moving on.
CREATE SEQUENCE schedule_revision_seq START WITH 1000000 INCREMENT BY 1 NOCACHE;
