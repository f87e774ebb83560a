-- wrk script of bench/booking-storm.sh: every request holds a place for a new applicant on a random slot of the
-- pool in CITAS_BENCH_SLOTS (one line per free slot, the JSON members "officeId", "procedure" and "start", written
-- by the shell before the phase). Passport numbers are CITAS_BENCH_PREFIX, "T", the thread, "N" and a counter, so
-- each is new within the run; the e-mail is the passport in lower case @bench.test, so the verification phase can
-- pair each verification mail with its passport. A 409 (the slot sold out meanwhile) is counted by status.
-- CITAS_BENCH_RATE, when set, paces the holds at that many a second in all (wrk2 is not in Debian): each thread
-- keeps a schedule of send times for its share, with random (exponential) gaps, and each connection waits in
-- delay() until the next free time of its thread's schedule; a thread behind its schedule sends at once but does
-- not catch up later, so the rate never bursts above the target. For a latency figure at a given load.
dofile("bench/storm-common.lua")

local slots = {}
local prefix = os.getenv("CITAS_BENCH_PREFIX") or "H"
local rate = tonumber(os.getenv("CITAS_BENCH_RATE") or "0")
local sent = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  for line in io.lines(os.getenv("CITAS_BENCH_SLOTS")) do
    slots[#slots + 1] = line
  end
  assert(#slots > 0, "no free slots in " .. os.getenv("CITAS_BENCH_SLOTS"))
  math.randomseed(os.time() * 31 + tid)
end

if rate > 0 then
  local mean_gap_us = tonumber(os.getenv("CITAS_BENCH_THREADS") or "1") * 1000000 / rate
  local due = 0
  function delay()
    local now = monotonic_us()
    if due < now then
      due = now
    end
    due = due - mean_gap_us * math.log(1 - math.random())
    return math.floor((due - now) / 1000)
  end
end

function request()
  sent = sent + 1
  local passport = prefix .. "T" .. tid .. "N" .. sent
  local body = '{' .. slots[math.random(#slots)] .. ',"applicant":{"givenNames":"Prueba","surnames":"Carga",'
    .. '"nationality":"GTM","passportNumber":"' .. passport .. '","dateOfBirth":"1990-01-01","email":"'
    .. passport:lower() .. '@bench.test"},"language":"es"}'
  return wrk.format("POST", "/api/v1/appointments", headers, body)
end
