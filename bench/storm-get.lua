-- wrk script of bench/booking-storm.sh for the phases that GET one URL (the trivial request, /health/live, the
-- availability of one office): the URL is wrk's own; this only counts the answers by status.
dofile("bench/storm-common.lua")
