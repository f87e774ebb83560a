-- The floor's figures for the dashboards (issue #16): each visit's wait (first call - queued) and service (finished -
-- started, of a visit served) in whole seconds, as generated columns the database keeps itself from the visit's
-- times (H2 stores them on every insert and update; Oracle computes them as virtual columns), and one index that holds
-- every column the figures read, so the percentiles over a period of office days are taken from the index alone
-- (see JpaFloorStatistics) instead of evaluating interval arithmetic over every row each time a dashboard is read.
-- Both are NULL where the visit has no such time yet (not called, not finished, ended outside the queue).
ALTER TABLE visit ADD wait_seconds INTEGER GENERATED ALWAYS AS (
    EXTRACT(DAY FROM (first_called_at - queued_at)) * 86400 + EXTRACT(HOUR FROM (first_called_at - queued_at)) * 3600
    + EXTRACT(MINUTE FROM (first_called_at - queued_at)) * 60 + EXTRACT(SECOND FROM (first_called_at - queued_at)));
ALTER TABLE visit ADD service_seconds INTEGER GENERATED ALWAYS AS (CASE WHEN status = 'FINISHED' THEN
    EXTRACT(DAY FROM (finished_at - started_at)) * 86400 + EXTRACT(HOUR FROM (finished_at - started_at)) * 3600
    + EXTRACT(MINUTE FROM (finished_at - started_at)) * 60 + EXTRACT(SECOND FROM (finished_at - started_at)) END);
-- ix_visit_status (office_id, service_day, status) is a prefix of this one.
CREATE INDEX ix_visit_figures ON visit (office_id, service_day, status, kind, procedure_code, wait_seconds,
    service_seconds);
