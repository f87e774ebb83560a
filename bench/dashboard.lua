-- wrk script of bench/dashboard.sh: every request carries the console session's cookie (CITAS_BENCH_COOKIE, e.g.
-- "JSESSIONID=…") and the Accept header of CITAS_BENCH_ACCEPT; at the end one line of figures for the shell to read.
-- No response() callback: wrk then reads answers without handing each to Lua, so the client stays lean.
wrk.headers["Cookie"] = os.getenv("CITAS_BENCH_COOKIE")
wrk.headers["Accept"] = os.getenv("CITAS_BENCH_ACCEPT") or "*/*"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d"
      .. " errors_timeout=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d mean_us=%.0f\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
