-- The dashboards keep the floor samples of days gone by (see FloorSamples) and read only the last days again.
-- 1. Those samples are read by day first: a range of one or two days for every office at once is one range of this
--    index, where V20's index, led by the office, made the database walk every day of each office asked for.
--    It holds every column a sample needs, so the visits' rows are not read.
CREATE INDEX ix_visit_day_figures ON visit (service_day, office_id, status, kind, procedure_code, wait_seconds,
    service_seconds);
DROP INDEX ix_visit_figures;
-- 2. At each read the visit log says which office-days had a step since the last read (a visit of an old day ended
--    late on the agenda): the log read by when its steps happened, from this index alone.
CREATE INDEX ix_visit_event_time ON visit_event (happened_at, office_id, service_day);
