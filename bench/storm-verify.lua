-- wrk script of bench/booking-storm.sh: verifies the holds listed in CITAS_BENCH_HOLDS (one line per hold:
-- confirmation code, passport number and the six digits of its verification mail, separated by spaces, written by
-- the shell from the outbox's .eml files). Thread t of CITAS_BENCH_THREADS takes lines t, t + threads, ... so
-- each hold is verified once; once its share is sent, each connection waits (delay()) until wrk's duration is
-- over, and the phase is timed from its first request to its last answer (span_us), not over wrk's duration.
dofile("bench/storm-common.lua")

local holds = {}
local next_line = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  local threads = tonumber(os.getenv("CITAS_BENCH_THREADS") or "1")
  local i = 0
  for line in io.lines(os.getenv("CITAS_BENCH_HOLDS")) do
    if i % threads == tid - 1 then
      local code, passport, digits = line:match("^(%S+) (%S+) (%d+)$")
      holds[#holds + 1] = { code, passport, digits }
    end
    i = i + 1
  end
end

local count_status = response
function response(status, headers, body)
  count_status(status, headers, body)
  last_us = monotonic_us()
end

-- wrk asks delay() when an answer came, before the connection's next request, and calls request() once that delay is
-- over (a connection's first request comes without a delay). Several connections of a thread may be between the two
-- at once, so delay() counts the lines it promised and not yet taken, and never promises more than are left.
-- Should wrk ever ask for more (a connection that reconnected mid-request), the last hold is sent again, and its
-- answer (not a 2xx) is counted apart.
local promised = 0
function delay()
  if next_line + promised < #holds then
    promised = promised + 1
    return 0
  end
  return 3600000
end

function request()
  first_us = first_us or monotonic_us()
  if promised > 0 then promised = promised - 1 end
  next_line = math.min(next_line + 1, #holds)
  local hold = holds[next_line]
  headers["X-Passport-Number"] = hold[2]
  return wrk.format("POST", "/api/v1/appointments/" .. hold[1] .. "/verification", headers,
    '{"code":"' .. hold[3] .. '"}')
end
