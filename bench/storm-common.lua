-- Shared by the wrk scripts of bench/booking-storm.sh (loaded with dofile from the repository's root): numbers the
-- threads, counts the answers by status in each thread and prints one line of figures for the shell at the end.
-- Counting statuses needs a response() callback, so wrk hands each answer's status, headers and body to Lua; the
-- script measures what that costs the client (wrk's CPU per request is printed beside the server's).

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("tid", count)
  table.insert(threads, thread)
end

-- Each thread's own tally, read by done() through thread:get.
statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

-- A monotonic clock in microseconds (LuaJIT's FFI), for a phase that ends before wrk's duration: wrk counts its
-- rate over the whole duration, so such a phase is timed from its first request to its last answer instead.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *now);
]]
local now = ffi.new("bench_timespec")
function monotonic_us()
  ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
  return tonumber(now.tv_sec) * 1000000 + math.floor(tonumber(now.tv_nsec) / 1000)
end

function done(summary, latency, requests)
  local total = {}
  local first, last
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
    local t0, t1 = thread:get("first_us"), thread:get("last_us")
    if t0 and (first == nil or t0 < first) then first = t0 end
    if t1 and (last == nil or t1 > last) then last = t1 end
  end
  local keys = {}
  for status in pairs(total) do
    table.insert(keys, status)
  end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do
    table.insert(parts, status .. ":" .. total[status])
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d"
      .. " p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f span_us=%d statuses=%s\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    (first and last) and (last - first) or summary.duration, #parts > 0 and table.concat(parts, ",") or "-"))
end
