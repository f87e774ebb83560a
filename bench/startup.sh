#!/usr/bin/env bash
# Start-up and footprint benchmark of the deployable (not a test: it prints figures for a person to read).
#   bench/startup.sh [path/to/citas.jar]
# Measures, on this machine: time from `java -jar` to /health/ready UP on an empty data directory (migrations and
# demo seed included) and again on the now-filled one; resident memory after 20 s idle; and the latency of the
# availability endpoint over 200 sequential requests. Targets (issue #2): ready in <= 15 s.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-distribution/target/citas.jar}
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
HEAP=${CITAS_BENCH_HEAP:--Xmx512m}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
LOG=$(mktemp)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$DATA" "$LOG"; }
trap cleanup EXIT

# Starts the jar and waits for readiness; sets PID and READY_MS (no subshell, so PID stays known).
start_and_time() {
  local t0 t1
  t0=$(date +%s%N)
  CITAS_DATA_DIR="$DATA" java $HEAP -jar "$JAR" --port "$PORT" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then
      t1=$(date +%s%N)
      READY_MS=$(( (t1 - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "the application exited; log:" >&2; cat "$LOG" >&2; return 1; }
    sleep 0.1
  done
  echo "not ready after 60 s" >&2; return 1
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

start_and_time
cold_ms=$READY_MS
stop
start_and_time
warm_ms=$READY_MS
offices=$(curl -s "http://127.0.0.1:$PORT/api/v1/offices" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
sleep 20
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
url="http://127.0.0.1:$PORT/api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT"
for _ in $(seq 1 20); do curl -s -o /dev/null "$url"; done
times=$(for _ in $(seq 1 200); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
p50=$(echo "$times" | awk 'NR==100 {printf "%.1f", $1*1000}')
p99=$(echo "$times" | awk 'NR==198 {printf "%.1f", $1*1000}')
stop

echo "citas.jar start-up and footprint ($(nproc) cores, heap option $HEAP)"
echo "  ready, empty data dir (migrate + seed): ${cold_ms} ms   (target <= 15000 ms)"
echo "  ready, existing data dir:               ${warm_ms} ms"
echo "  offices listed:                         ${offices}"
echo "  resident memory after 20 s idle:        $((rss_kb / 1024)) MiB"
echo "  availability, 30 days, sequential:      p50 ${p50} ms, p99 ${p99} ms (200 requests)"
