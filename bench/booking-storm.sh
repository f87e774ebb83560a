#!/usr/bin/env bash
# Booking-storm benchmark (issue #17; prints figures, not a test). Starts citas.jar on a free loopback port with an
# empty data directory (mail written as .eml files in its outbox), drives it with wrk and the Lua scripts
# bench/storm-*.lua, stops it and checks the database.
#   bench/booking-storm.sh [SECONDS_PER_PHASE] [WARM_UP_SECONDS] [CONNECTIONS] [THREADS]   (defaults 20, 75, 32, 2)
# 1. an unmeasured warm-up: rounds of the trivial request, holds and the availability, then verifications;
# 2. measured phases, each for SECONDS_PER_PHASE with wrk's THREADS threads and CONNECTIONS connections (no think
#    time): /health/live; the trivial request GET /api/v1/offices/{id}; holds (each a new applicant on a random free
#    slot of any office, from a pool of free slots read from the API just before); verifications of those holds (the
#    codes read from their mails); the availability of 60 days of one office and procedure; and holds paced at
#    about 10 % of the trivial rate (each connection waits between its requests), for their latency;
# 3. after the outbox is sent, the application is stopped and the database checked: no slot holds more than its
#    places, ledger and seats agree with the appointments, every mail was composed once (exits 1 otherwise).
# Per phase: 2xx per second and its ratio to the trivial request, p50/p99, the answers by status, the server's CPU
# per request (its user + system time from /proc/<pid>/stat) and how much of it its JIT compiler threads used, wrk's
# own CPU per request, and the cores every other process of the machine used meanwhile (a shared machine: the
# figures are only comparable within one run). Goals: holds >= 50 % of the trivial rate, availability >= 70 %,
# paced hold p99 < 250 ms, 0 oversold, each mail composed once; the goals only print PASS/FAIL (exit 0).
# Settings: CITAS_BENCH_JAR (distribution/target/citas.jar), CITAS_BENCH_HEAP (-Xmx1g), CITAS_BENCH_JVM (extra JVM
# options, e.g. a profiler), CITAS_BENCH_EXTRA (extra Payara Micro options), CITAS_BENCH_KEEP=1 (keep the data
# directory), CITAS_BENCH_DISPATCH (the mail dispatch interval, 5 s), CITAS_BENCH_OFFICE / CITAS_BENCH_PROCEDURE (the trivial request's office and the
# availability's office and procedure: cdmx-ciudad-de-mexico, CANJE-RT), CITAS_BENCH_PACED_PERCENT (10).
# Only 127.0.0.1 is ever a target; the Java process started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-20}
WARM_UP_SECONDS=${2:-75}
CONNECTIONS=${3:-32}
THREADS=${4:-2}
OFFICE=${CITAS_BENCH_OFFICE:-cdmx-ciudad-de-mexico}
PROCEDURE=${CITAS_BENCH_PROCEDURE:-CANJE-RT}
PACED_PERCENT=${CITAS_BENCH_PACED_PERCENT:-10}
DISPATCH=${CITAS_BENCH_DISPATCH:-5}
JAR=${CITAS_BENCH_JAR:-distribution/target/citas.jar}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -n "$H2_JAR" ] || { echo "the H2 jar 2.2.224 (the one Payara loads) is not in ~/.m2: no database check" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
  else
    echo "wrk is needed: sudo apt-get install -y wrk" >&2; exit 1
  fi
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
WORK="$DATA/bench"
mkdir -p "$WORK"
LOG="$DATA/app.log"
OUTBOX="$DATA/outbox"
PID=""
KEEP=${CITAS_BENCH_KEEP:-}
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ -n "$KEEP" ]; then echo "kept for inspection: $DATA (database, outbox, app.log, bench/)"; else rm -rf "$DATA"; fi
}
trap cleanup EXIT
CLK_TCK=$(getconf CLK_TCK)
load() { cut -d' ' -f1-3 /proc/loadavg; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ticks of the server's JIT compiler threads (C1/C2 CompilerThre…)
jit_ticks() {
  local sum=0 t comm
  for t in /proc/"$PID"/task/*; do
    comm=$(cat "$t/comm" 2>/dev/null || true)
    case $comm in *CompilerThre*) sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)));; esac
  done
  echo $sum
}
# CPU ticks every process of the machine spent (all but idle and iowait), from /proc/stat
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
status_count() { tr ',' '\n' <<<"$1" | awk -F: -v s="$2" '$1 == s {n += $2} END {print n + 0}'; }
ok_count() { tr ',' '\n' <<<"$1" | awk -F: '$1 >= 200 && $1 < 300 {n += $2} END {print n + 0}'; }
others_list() { tr ',' '\n' <<<"$1" | awk -F: '$1 != "-" && ($1 < 200 || $1 >= 300) {printf "%s%s", s, $0; s = ","}'; }

# Runs wrk: run NAME SECONDS SCRIPT PATH [ENV=VALUE ...]; leaves the RESULT line in $RESULT, the figures in
# $WORK/NAME.fig (one line: rate, p50, p99, statuses, server/JIT/wrk CPU, other cores).
run() {
  local name=$1 seconds=$2 script=$3 path=$4; shift 4
  local s0 j0 b0 s1 j1 b1 out cpu
  out="$WORK/$name.wrk"
  s0=$(ticks "$PID"); j0=$(jit_ticks); b0=$(busy_ticks)
  # bash's time reports wrk's own user and system CPU
  { TIMEFORMAT='%3U %3S'; time env "$@" CITAS_BENCH_THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" \
      -d"${seconds}s" --timeout 30s -s "$script" "$BASE$path" >"$out"; } 2>"$WORK/$name.time"
  s1=$(ticks "$PID"); j1=$(jit_ticks); b1=$(busy_ticks)
  RESULT=$(grep '^RESULT' "$out" || true)
  [ -n "$RESULT" ] || { echo "wrk gave no result for $name:" >&2; cat "$out" "$WORK/$name.time" >&2; exit 1; }
  cpu=$(tail -1 "$WORK/$name.time")
  local n span statuses ok
  n=$(field requests "$RESULT"); span=$(field span_us "$RESULT"); statuses=$(field statuses "$RESULT")
  ok=$(ok_count "$statuses")
  awk -v n="$n" -v ok="$ok" -v span="$span" -v sv=$((s1 - s0)) -v jit=$((j1 - j0)) -v busy=$((b1 - b0)) \
    -v wrk="$cpu" -v hz="$CLK_TCK" -v secs="$seconds" -v p50="$(field p50_us "$RESULT")" \
    -v p99="$(field p99_us "$RESULT")" -v st="$statuses" 'BEGIN {
      split(wrk, w, " "); wrk_s = w[1] + w[2]; t = secs  # the CPU windows are wrk'\''s whole run
      others = (busy / hz - sv / hz - wrk_s) / t; if (others < 0) others = 0
      printf "%.1f %.1f %.1f %s %.2f %.2f %.2f %.3f %.2f %.2f %d %d\n", ok / (span / 1e6), p50 / 1000, p99 / 1000, st,
        n ? sv * 1000 / hz / n : 0, sv / hz / t, jit / hz / t, n ? wrk_s * 1000 / n : 0, wrk_s / t, others, n, ok
    }' >"$WORK/$name.fig"
}
rate_of() { cut -d' ' -f1 "$WORK/$1.fig"; }

echo "citas.jar booking storm on $(nproc) cores: wrk -t$THREADS -c$CONNECTIONS, ${SECONDS_PER_PHASE} s per phase," \
  "warm-up ${WARM_UP_SECONDS} s; load average at start: $(load)"
# a load test: no quotas and no proof of work (CITAS_LIMITS=off, CITAS_POW_COST=0), as the README says
t0=$(date +%s%N)
CITAS_LIMITS=off CITAS_POW_COST=0 CITAS_DATA_DIR="$DATA" CITAS_MAIL_DISPATCH_SECONDS=$DISPATCH \
  java ${CITAS_BENCH_HEAP:--Xmx1g} ${CITAS_BENCH_JVM:-} -Djava.security.egd=file:/dev/./urandom -jar "$JAR" \
  --port "$PORT" ${CITAS_BENCH_EXTRA:-} >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 1800); do
  curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "the application exited:" >&2; tail -50 "$LOG" >&2; KEEP=1; exit 1; }
  sleep 0.2
done
curl -sf "$BASE/health/ready" >/dev/null || { echo "not ready after 6 minutes" >&2; KEEP=1; exit 1; }
echo "ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms (heap ${CITAS_BENCH_HEAP:--Xmx1g}); load average $(load)"
TODAY=$(TZ=America/Mexico_City date +%F)
LAST_DAY=$(TZ=America/Mexico_City date -d "$TODAY + 59 days" +%F)
AVAILABILITY="/api/v1/offices/$OFFICE/availability?procedure=$PROCEDURE&from=$TODAY&to=$LAST_DAY"
curl -sf -o /dev/null "$BASE/api/v1/offices/$OFFICE" || { echo "no office $OFFICE" >&2; exit 1; }
curl -sf -o /dev/null "$BASE$AVAILABILITY" || { echo "no availability at $AVAILABILITY" >&2; exit 1; }
SLOTS="$WORK/slots"
echo "pool of free slots: $(python3 bench/storm.py pool "$BASE" "$SLOTS")"

# 1. warm-up (not measured): the JIT compiles the paths first used under load
ROUND=$(( SECONDS_PER_PHASE < 10 ? SECONDS_PER_PHASE : 10 ))
warm_end=$(( $(date +%s) + WARM_UP_SECONDS ))
round=0
while [ "$(date +%s)" -lt "$warm_end" ]; do
  round=$((round + 1))
  run "warm$round-trivial" "$ROUND" bench/storm-get.lua "/api/v1/offices/$OFFICE"
  run "warm$round-live" "$((ROUND / 2 + 1))" bench/storm-get.lua /health/live
  run "warm$round-holds" "$ROUND" bench/storm-hold.lua / CITAS_BENCH_SLOTS="$SLOTS" CITAS_BENCH_PREFIX="W$round"
  [ $round = 1 ] && WARM_HELD=$(status_count "$(field statuses "$RESULT")" 201)
  run "warm$round-availability" "$((ROUND / 2 + 1))" bench/storm-get.lua "$AVAILABILITY"
  printf 'warm-up round %d: trivial %s/s, holds %s/s (%s), availability %s/s; JIT %s cores during the holds\n' \
    "$round" "$(rate_of "warm$round-trivial")" "$(rate_of "warm$round-holds")" \
    "$(cut -d' ' -f4 "$WORK/warm$round-holds.fig")" "$(rate_of "warm$round-availability")" \
    "$(cut -d' ' -f7 "$WORK/warm$round-holds.fig")"
done
python3 bench/storm.py holds "$OUTBOX" W1 "$WARM_HELD" 120 "$WORK/warm-holds" >/dev/null
run warm-verifications "$ROUND" bench/storm-verify.lua / CITAS_BENCH_HOLDS="$WORK/warm-holds"
echo "warm-up verifications: $(rate_of warm-verifications)/s ($(cut -d' ' -f4 "$WORK/warm-verifications.fig"))"

# 2. the measured phases
echo "measured phases; load average $(load)"
run live "$SECONDS_PER_PHASE" bench/storm-get.lua /health/live
run trivial "$SECONDS_PER_PHASE" bench/storm-get.lua "/api/v1/offices/$OFFICE"
TRIVIAL_RATE=$(rate_of trivial)
echo "pool of free slots: $(python3 bench/storm.py pool "$BASE" "$SLOTS")"
run holds "$SECONDS_PER_PHASE" bench/storm-hold.lua / CITAS_BENCH_SLOTS="$SLOTS" CITAS_BENCH_PREFIX=H
HELD=$(status_count "$(field statuses "$RESULT")" 201)
found=$(python3 bench/storm.py holds "$OUTBOX" H "$HELD" 180 "$WORK/holds")
echo "verification mails found: $found for $HELD holds answered 201 (wrk drops the answers in flight at its end)"
before=$(find "$OUTBOX" -name '*.eml' | wc -l)
run verifications "$SECONDS_PER_PHASE" bench/storm-verify.lua / CITAS_BENCH_HOLDS="$WORK/holds"
# the confirmation mails (with their PDF) are composed before the next phase, not during it
python3 bench/storm.py mails "$OUTBOX" $((before + $(cut -d' ' -f12 "$WORK/verifications.fig"))) 120 >/dev/null
run availability "$SECONDS_PER_PHASE" bench/storm-get.lua "$AVAILABILITY"
PACED_RATE=$(awk -v r="$TRIVIAL_RATE" -v p="$PACED_PERCENT" 'BEGIN {printf "%.0f", r * p / 100}')
run paced "$SECONDS_PER_PHASE" bench/storm-hold.lua / CITAS_BENCH_SLOTS="$SLOTS" CITAS_BENCH_PREFIX=P \
  CITAS_BENCH_RATE="$PACED_RATE"
echo "load average after the phases: $(load)"

echo
printf '%-13s %8s %7s %8s %8s %8s %8s %6s %8s %6s %6s  %s\n' "phase" "2xx/s" "trivial" "p50 ms" "p99 ms" \
  "srv ms" "srv" "JIT" "wrk ms" "wrk" "others" "answers by status (non-2xx)"
printf '%-13s %8s %7s %8s %8s %8s %8s %6s %8s %6s %6s\n' "" "" "%" "" "" "CPU/req" "cores" "cores" "CPU/req" \
  "cores" "cores"
for phase in live trivial holds verifications availability paced; do
  read -r rate p50 p99 statuses srv_req srv_cores jit wrk_req wrk_cores others n ok <"$WORK/$phase.fig"
  ratio=$(awk -v r="$rate" -v t="$TRIVIAL_RATE" 'BEGIN {printf "%.0f", (t > 0 ? 100 * r / t : 0)}')
  printf '%-13s %8.0f %7s %8.1f %8.1f %8.2f %8.2f %6.2f %8.3f %6.2f %6.2f  %s\n' "$phase" "$rate" "$ratio" "$p50" \
    "$p99" "$srv_req" "$srv_cores" "$jit" "$wrk_req" "$wrk_cores" "$others" \
    "$ok ok$( o=$(others_list "$statuses"); [ -n "$o" ] && echo ", $o")"
done
echo "(trivial: GET /api/v1/offices/$OFFICE; availability: $PROCEDURE at $OFFICE, 60 days from $TODAY; paced:"
echo " target $PACED_RATE holds/s = $PACED_PERCENT % of the trivial rate, sent at random (exponential) intervals;"
echo " verifications end when every hold is sent, their rate counts from the first request"
echo " to the last answer. CPU: the server's user + system time from /proc over each wrk run, of which its JIT"
echo " compiler threads; wrk's own time; others: the cores every other process used meanwhile)"

# 3. every mail sent, the application stopped, the database's own account
last=-1
for _ in $(seq 1 60); do  # until the outbox stops growing for two dispatch periods
  sleep $((DISPATCH * 2))
  now=$(find "$OUTBOX" -name '*.eml' | wc -l)
  [ "$now" = "$last" ] && break
  last=$now
done
mails=$(python3 bench/storm.py mails "$OUTBOX" 0 0)
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/citas;MODE=Oracle" -user sa -password "" \
  -sql "$1" | grep -vE "^\(|^$" | paste -sd' '; }
check=$(sql "
  SELECT COUNT(*) AS slots_over_capacity FROM (SELECT a.office_id, a.slot_start FROM appointment a
    WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED') GROUP BY a.office_id, a.slot_start
    HAVING COUNT(*) > (SELECT MAX(p.places_per_slot) FROM opening_period p WHERE p.office_id = a.office_id));
  SELECT COUNT(*) AS ledger_over_capacity FROM slot_ledger l
    WHERE l.taken > (SELECT MAX(p.places_per_slot) FROM opening_period p WHERE p.office_id = l.office_id);
  SELECT COUNT(*) AS ledger_mismatches FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM appointment a
    WHERE a.office_id = l.office_id AND a.slot_start = l.slot_start
    AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED'));
  SELECT COUNT(*) AS active_without_seat FROM appointment a WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED')
    AND NOT EXISTS (SELECT 1 FROM slot_seat s WHERE s.appointment_code = a.code AND s.office_id = a.office_id
    AND s.slot_start = a.slot_start);
  SELECT COUNT(*) AS holds_without_one_verification_mail FROM appointment a WHERE a.email LIKE '%@bench.test'
    AND (SELECT COUNT(*) FROM outbox_message o WHERE o.appointment_code = a.code AND o.kind = 'VERIFICATION') <> 1;
  SELECT COUNT(*) AS confirmed_without_one_confirmation_mail FROM appointment a WHERE a.status = 'CONFIRMED'
    AND a.email LIKE '%@bench.test' AND (SELECT COUNT(*) FROM outbox_message o WHERE o.appointment_code = a.code
    AND o.kind = 'CONFIRMATION') <> 1;
  SELECT COUNT(*) AS messages_unsent FROM outbox_message WHERE sent_at IS NULL;")
sent=$(sql "SELECT COUNT(*) AS sent FROM outbox_message WHERE sent_at IS NOT NULL" | awk '{print $2}')
bench=$(sql "SELECT COUNT(*) AS holds FROM appointment WHERE email LIKE '%@bench.test';
  SELECT COUNT(*) AS confirmed FROM appointment WHERE email LIKE '%@bench.test' AND status = 'CONFIRMED'")
echo
echo "database: $bench; $check"
echo "outbox: $sent messages sent; mail files: $mails"
files=$(field files "$mails"); twice=$(field twice "$mails")
value() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}' <<<"$check"; }
db_ok=1
for name in SLOTS_OVER_CAPACITY LEDGER_OVER_CAPACITY LEDGER_MISMATCHES ACTIVE_WITHOUT_SEAT; do
  [ "$(value "$name")" = 0 ] || db_ok=0
done
mail_ok=1
for name in HOLDS_WITHOUT_ONE_VERIFICATION_MAIL CONFIRMED_WITHOUT_ONE_CONFIRMATION_MAIL MESSAGES_UNSENT; do
  [ "$(value "$name")" = 0 ] || mail_ok=0
done
[ "$files" = "$sent" ] && [ "$twice" = 0 ] || mail_ok=0

verdict() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN {ok = op == ">=" ? v >= g : v < g; print ok ? "PASS" : "FAIL"}'; }
HOLD_PCT=$(awk -v r="$(rate_of holds)" -v t="$TRIVIAL_RATE" 'BEGIN {printf "%.0f", 100 * r / t}')
AVAIL_PCT=$(awk -v r="$(rate_of availability)" -v t="$TRIVIAL_RATE" 'BEGIN {printf "%.0f", 100 * r / t}')
PACED_P99=$(cut -d' ' -f3 "$WORK/paced.fig")
echo
echo "goals:"
printf '  %s  holds %s %% of the trivial rate (goal >= 50 %%)\n' "$(verdict "$HOLD_PCT" 50 '>=')" "$HOLD_PCT"
printf '  %s  availability, 60 days, %s %% of the trivial rate (goal >= 70 %%)\n' \
  "$(verdict "$AVAIL_PCT" 70 '>=')" "$AVAIL_PCT"
printf '  %s  paced holds p99 %s ms at %s/s (target %s/s; goal < 250 ms)\n' "$(verdict "$PACED_P99" 250 '<')" \
  "$PACED_P99" "$(rate_of paced)" "$PACED_RATE"
printf '  %s  0 oversold: slots over capacity %s, ledger rows over capacity %s' \
  "$([ $db_ok = 1 ] && echo PASS || echo FAIL)" "$(value SLOTS_OVER_CAPACITY)" "$(value LEDGER_OVER_CAPACITY)"
printf ' (ledger mismatches %s, active without a seat %s)\n' "$(value LEDGER_MISMATCHES)" "$(value ACTIVE_WITHOUT_SEAT)"
printf '  %s  every mail composed once (%s files, %s messages sent)\n' "$([ $mail_ok = 1 ] && echo PASS || echo FAIL)" \
  "$files" "$sent"
echo "load average at the end: $(load)"
if [ $db_ok = 0 ] || [ $mail_ok = 0 ]; then
  KEEP=1
  sql "SELECT l.office_id, l.slot_start, l.taken, (SELECT COUNT(*) FROM appointment a WHERE a.office_id = l.office_id
    AND a.slot_start = l.slot_start AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED')) AS active
    FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM appointment a WHERE a.office_id = l.office_id
    AND a.slot_start = l.slot_start AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED'))" | head -c 2000
  echo
  exit 1
fi
