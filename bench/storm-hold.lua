-- wrk script of bench/booking-storm.sh: every request holds a place for a new applicant on a random slot of the
-- pool in CITAS_BENCH_SLOTS (one line per free slot, the JSON members "officeId", "procedure" and "start", written
-- by the shell before the phase). Passport numbers are CITAS_BENCH_PREFIX, "T", the thread, "N" and a counter, so
-- each is new within the run; the e-mail is the passport in lower case @bench.test, so the verification phase can
-- pair each verification mail with its passport. A 409 (the slot sold out meanwhile) is counted by status.
-- CITAS_BENCH_DELAY_MS, when set, paces each connection: it waits a random 0.5-1.5 times that long after each
-- answer before it sends the next request (wrk's delay()), for a latency figure at a given rate.
dofile("bench/storm-common.lua")

local slots = {}
local prefix = os.getenv("CITAS_BENCH_PREFIX") or "H"
local pause = tonumber(os.getenv("CITAS_BENCH_DELAY_MS") or "0")
local sent = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  for line in io.lines(os.getenv("CITAS_BENCH_SLOTS")) do
    slots[#slots + 1] = line
  end
  assert(#slots > 0, "no free slots in " .. os.getenv("CITAS_BENCH_SLOTS"))
  math.randomseed(os.time() * 31 + tid)
end

if pause > 0 then
  function delay()
    return math.floor(pause * (0.5 + math.random()))
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
