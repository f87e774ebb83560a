#!/usr/bin/env bash
# Booking-storm benchmark (prints figures; not a test). Starts citas.jar on a free loopback port with an empty data
# directory (mail written as .eml files, dispatched as configured: every 5 s by default), runs bench/BookingStorm.java against it, stops it.
#   bench/booking-storm.sh [CLIENTS] [SECONDS_PER_PHASE] [WARM_UP_SECONDS]   (defaults: 200 clients, 20 s, 90 s)
# The warm-up (unmeasured) alternates /health/live and booking rounds on other offices, so the JIT has compiled both
# paths; each phase prints the CPU the JIT still used in it (near 0 = steady state).
# Targets (issue #3): hold throughput >= 50 % of /health/live's, hold p99 < 250 ms at 200 clients, 0 oversold.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=distribution/target/citas.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
CLIENTS=${1:-200}
SECONDS_PER_PHASE=${2:-20}
WARM_UP_SECONDS=${3:-90}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
LOG="$DATA/app.log"
PID=""
KEEP=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true
  if [ -n "$KEEP" ]; then echo "kept for inspection: $DATA (database, outbox, app.log)"; else rm -rf "$DATA"; fi
}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
trap cleanup EXIT

# a load test: no quotas and no proof of work (CITAS_LIMITS=off, CITAS_POW_COST=0), as the README says
CITAS_LIMITS=off CITAS_POW_COST=0 CITAS_DATA_DIR="$DATA" CITAS_MAIL_DISPATCH_SECONDS=${CITAS_BENCH_DISPATCH:-5} \
  java ${CITAS_BENCH_HEAP:--Xmx1g} ${CITAS_BENCH_JVM:-} -Djava.security.egd=file:/dev/./urandom -jar "$JAR" --port "$PORT" ${CITAS_BENCH_EXTRA:-} >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "the application exited:" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 0.1
done
status=0
CITAS_BENCH_SERVER_PID=$PID CITAS_BENCH_CLK_TCK=$(getconf CLK_TCK) \
  java -Xmx512m bench/BookingStorm.java "http://127.0.0.1:$PORT" "$DATA/outbox" "$CLIENTS" "$SECONDS_PER_PHASE" \
  "$WARM_UP_SECONDS" || status=$?

# The database's own account, once the application has stopped: no slot may hold more active appointments than
# its places, and each ledger count must equal its slot's active appointments.
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
if [ -n "$H2_JAR" ]; then
  sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/citas;MODE=Oracle" -user sa -password "" -sql "$1"; }
  check=$(sql "
    SELECT COUNT(*) AS slots_over_capacity FROM (SELECT a.office_id, a.slot_start FROM appointment a
      WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED') GROUP BY a.office_id, a.slot_start
      HAVING COUNT(*) > (SELECT MAX(p.places_per_slot) FROM opening_period p WHERE p.office_id = a.office_id));
    SELECT COUNT(*) AS ledger_mismatches FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM appointment a
      WHERE a.office_id = l.office_id AND a.slot_start = l.slot_start
      AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED'));
    SELECT COUNT(*) AS active_without_seat FROM appointment a WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED')
      AND NOT EXISTS (SELECT 1 FROM slot_seat s WHERE s.appointment_code = a.code AND s.office_id = a.office_id
      AND s.slot_start = a.slot_start);" | grep -vE "^\(|^$" | paste -sd' ')
  echo "database check: $check"
  if [ "$check" != "SLOTS_OVER_CAPACITY 0 LEDGER_MISMATCHES 0 ACTIVE_WITHOUT_SEAT 0" ] || [ "$status" != 0 ]; then
    KEEP=1; status=1
    sql "SELECT l.office_id, l.slot_start, l.taken, (SELECT COUNT(*) FROM appointment a WHERE a.office_id = l.office_id
      AND a.slot_start = l.slot_start AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED')) AS active
      FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM appointment a WHERE a.office_id = l.office_id
      AND a.slot_start = l.slot_start AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED'))"
  fi
fi
exit $status
