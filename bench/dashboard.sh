#!/usr/bin/env bash
# Capacity-dashboard benchmark (issue #14; prints figures, not a test).
#   bench/dashboard.sh [SECONDS] [CONNECTIONS] [WARM_UP_SECONDS] [APPOINTMENTS]   (defaults 20, 2, 20, 160000)
# 1. starts citas.jar on a fresh data directory (Flyway V1..V14 and the demo catalogue: 42 offices), stops it;
# 2. seeds a national load straight into the embedded H2 file with bench/DashboardSeed.java (90 days: 60 past and 30
#    ahead, every appointment status, ledger and seats consistent, 90 nights of capacity snapshots, and the office
#    floor of the past days: walk-in pools, tokens and visits, #16) and times it;
# 3. starts citas.jar on it (a load test: CITAS_POW_COST=0, CITAS_LIMITS=off), signs in to the console as the admin
#    created on the first start, and for the national and an office view, page and API: times the first request
#    (cold, with curl) and the second, then after an unmeasured warm-up runs wrk (-t1 -cCONNECTIONS, --latency)
#    and prints p50/p95/p99, requests/s and the server's CPU per request, and p95 against the goals
#    (national < 300 ms, office < 200 ms; the API calls are held to their page's goal).
# Settings: CITAS_BENCH_JAR (default distribution/target/citas.jar), CITAS_BENCH_HEAP (-Xmx1g), CITAS_BENCH_JVM
# (extra JVM options of the measured run, e.g. a JFR recording), CITAS_BENCH_DATA (measure an already seeded data
# directory instead: steps 1 and 2 skipped, the directory kept), CITAS_BENCH_KEEP=1 (keep the seeded directory),
# CITAS_BENCH_OFFICE (the office measured; default: the one the seeder found busiest), CITAS_BENCH_WAIT_IDLE=<cores>
# (before the cold requests and after each warm-up, wait until the other processes of this shared machine use less
# than that many cores; up to 15 minutes each), CITAS_BENCH_TARGETS
# (override what is measured: "name|path|goal_ms|accept" entries separated by ";", e.g. to prove the harness on
# another page).
# Only 127.0.0.1 is ever a target; every Java process started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-2}
WARM_UP_SECONDS=${3:-20}
APPOINTMENTS=${4:-160000}
JAR=${CITAS_BENCH_JAR:-distribution/target/citas.jar}
HEAP=${CITAS_BENCH_HEAP:--Xmx1g}
# Holds seeded as made in the last minutes last this long, and the measured run says the same, so no expiry sweep
# of them lands in a measurement (the default of 15 minutes would release them in the middle of the run).
HOLD_MINUTES=60
ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
DOMAIN_JAR=$(ls domain/target/citas-domain-*-SNAPSHOT.jar 2>/dev/null | grep -v -- '-tests' | head -1 || true)
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
[ -n "$H2_JAR" ] || { echo "the H2 jar 2.2.224 (the one Payara loads) is not in ~/.m2" >&2; exit 1; }
[ -n "$DOMAIN_JAR" ] || { echo "build first: the seeder uses domain/target/citas-domain-*.jar" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
if [ -n "${CITAS_BENCH_DATA:-}" ]; then DATA=$CITAS_BENCH_DATA; KEEP=1; else DATA="$WORK/data"; KEEP=${CITAS_BENCH_KEEP:-}; fi
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ -n "$KEEP" ]; then
    echo "kept: $DATA (measured run's log and the last answer of each target: $WORK)"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ticks every process of the machine spent (busy: all but idle and iowait), from /proc/stat
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
# Cores the rest of the machine (all but the server) used over $1 seconds
others_cores() {
  local b0 s0 b1 s1; b0=$(busy_ticks); s0=$(cpu_ticks "$PID"); sleep "$1"; b1=$(busy_ticks); s1=$(cpu_ticks "$PID")
  awk -v t=$(( (b1 - b0) - (s1 - s0) )) -v hz="$CLK_TCK" -v s="$1" 'BEGIN {printf "%.2f", t / hz / s}'
}
# Seconds the server's garbage collectors have spent, from its own /metrics (loopback may read it)
gc_seconds() { curl -s "$BASE/metrics?scope=base" | awk '/^gc_time_seconds_total[{ ]/ {s += $NF} END {printf "%.3f", s}'; }
# With CITAS_BENCH_WAIT_IDLE=<cores>, waits (up to 15 minutes) until the other processes use less than that.
wait_idle() {
  [ -n "${CITAS_BENCH_WAIT_IDLE:-}" ] || return 0
  local waited=0 used
  while used=$(others_cores 3); awk -v u="$used" -v m="$CITAS_BENCH_WAIT_IDLE" 'BEGIN {exit !(u >= m)}'; do
    [ $waited -ge 900 ] && { echo "  (still $used cores busy elsewhere after 15 minutes; measuring anyway)"; return 0; }
    waited=$((waited + 3))
  done
  [ $waited -gt 0 ] && echo "  (waited $waited s for the other processes to use less than $CITAS_BENCH_WAIT_IDLE cores)"
  return 0
}
CLK_TCK=$(getconf CLK_TCK)

# Starts the jar on $DATA with the given environment (names=values as arguments) and waits until it is ready.
start() {
  local log=$1; shift
  env "$@" CITAS_DATA_DIR="$DATA" java $HEAP -XX:+UseSerialGC ${CITAS_BENCH_JVM:-} -Djava.security.egd=file:/dev/./urandom \
    -jar "$JAR" --port "$PORT" >"$log" 2>&1 &
  PID=$!
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 1800); do
    if curl -sf "$BASE/health/ready" >/dev/null 2>&1; then
      READY_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "the application exited; its log:" >&2; tail -60 "$log" >&2; exit 1; }
    sleep 0.2
  done
  echo "not ready after 6 minutes; log: $log" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
h2() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/citas;MODE=Oracle" -user sa -password "" -sql "$1"; }

echo "citas.jar dashboard benchmark on $(nproc) cores; load average at start: $(load)"
if [ -z "${CITAS_BENCH_DATA:-}" ]; then
  # 1. schema and demo catalogue; the console's first admin gets a password only this run knows
  start "$WORK/first.log" CITAS_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  echo "first start (migrations + demo catalogue): ready in $READY_MS ms"
  stop
  echo "schema version: $(h2 'SELECT MAX(CAST("version" AS INT)) AS v FROM "flyway_schema_history" WHERE "success"' \
    | sed -n 2p)"
  # 2. the national load
  java -Xmx1g -cp "$H2_JAR:$DOMAIN_JAR" bench/DashboardSeed.java "jdbc:h2:file:$DATA/db/citas;MODE=Oracle" \
    "$APPOINTMENTS" 60 30 "$HOLD_MINUTES" | tee "$WORK/seed.log"
  echo "$ADMIN_PASSWORD" >"$DATA/bench-admin-password"
else
  [ -f "$DATA/bench-admin-password" ] || { echo "$DATA has no bench-admin-password: seed it with this script" >&2; exit 1; }
  ADMIN_PASSWORD=$(cat "$DATA/bench-admin-password")
fi
OFFICE=${CITAS_BENCH_OFFICE:-$(sed -n 's/^busiest office: \([^ ]*\).*/\1/p' "$WORK/seed.log" 2>/dev/null || true)}
OFFICE=${OFFICE:-cdmx-ciudad-de-mexico}

# 3. the measured run
start "$WORK/app.log" CITAS_POW_COST=0 CITAS_LIMITS=off CITAS_BOOKING_HOLD_MINUTES=$HOLD_MINUTES
echo "measured start: ready in $READY_MS ms (heap $HEAP); load average now: $(load)"

# Sign in through the console's form (a Jakarta Security custom form behind a JSF page): the form's view state
# and the session cookie from a GET, then the POST from this origin (the console refuses cross-origin posts).
JAR_FILE="$WORK/cookies"
curl -s -c "$JAR_FILE" -b "$JAR_FILE" -o "$WORK/sign-in.html" "$BASE/console/sign-in.xhtml"
VIEW_STATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/sign-in.html" | sed 's/.*value="//; s/"$//')
signed=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" -H "Origin: $BASE" -o /dev/null -w '%{http_code} %{redirect_url}' \
  "$BASE/console/sign-in.xhtml" --data-urlencode "signIn=signIn" --data-urlencode "signIn:username=admin" \
  --data-urlencode "signIn:password=$ADMIN_PASSWORD" --data-urlencode "signIn:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$VIEW_STATE")
case "$signed" in 302\ *console*) ;; *) echo "sign-in failed: $signed" >&2; exit 1;; esac
export CITAS_BENCH_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_FILE" | tail -1)"
echo "signed in as admin (every office); office measured: $OFFICE"

TARGETS=${CITAS_BENCH_TARGETS:-"national view|/console/dashboard.xhtml|300|text/html;office view|/console/dashboard.xhtml?office=$OFFICE|200|text/html;national API|/api/v1/staff/dashboard|300|application/json;office API|/api/v1/staff/offices/$OFFICE/dashboard|200|application/json"}
IFS=';' read -r -a ENTRIES <<<"$TARGETS"

# A request that answered the sign-in page, an error or a problem is no measurement.
check_answer() {
  local name=$1 path=$2 accept=$3 out="$WORK/answer-${1// /-}"
  local status; status=$(curl -s -o "$out" -w '%{http_code}' -H "Accept: $accept" -H "Cookie: $CITAS_BENCH_COOKIE" "$BASE$path")
  if [ "$status" != 200 ] || grep -q 'id="signIn"' "$out"; then
    echo "$name ($path) answered $status$(grep -q 'id="signIn"' "$out" && echo ', the sign-in form'): not measured" >&2
    head -c 600 "$out" >&2; echo >&2; return 1
  fi
}

# cold: the first request of each after the start, in this order, then the second
declare -A COLD SECOND BYTES
wait_idle
for entry in "${ENTRIES[@]}"; do
  IFS='|' read -r name path goal accept <<<"$entry"
  COLD[$name]=$(curl -s -o "$WORK/cold" -w '%{http_code} %{time_total}' -H "Accept: $accept" \
    -H "Cookie: $CITAS_BENCH_COOKIE" "$BASE$path")
  BYTES[$name]=$(wc -c <"$WORK/cold")
done
for entry in "${ENTRIES[@]}"; do
  IFS='|' read -r name path goal accept <<<"$entry"
  SECOND[$name]=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Accept: $accept" \
    -H "Cookie: $CITAS_BENCH_COOKIE" "$BASE$path")
  check_answer "$name" "$path" "$accept"
done

ms() { awk -v us="$1" 'BEGIN {printf "%.0f", us / 1000}'; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<" $2"; }
ROWS=()
RATIOS=()
for entry in "${ENTRIES[@]}"; do
  IFS='|' read -r name path goal accept <<<"$entry"
  export CITAS_BENCH_ACCEPT=$accept
  wrk -t1 -c"$CONNECTIONS" -d"${WARM_UP_SECONDS}s" -s bench/dashboard.lua "$BASE$path" >/dev/null
  wait_idle
  la=$(load)
  g0=$(gc_seconds); c0=$(cpu_ticks "$PID"); b0=$(busy_ticks)
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/dashboard.lua "$BASE$path")
  c1=$(cpu_ticks "$PID"); b1=$(busy_ticks); g1=$(gc_seconds)
  check_answer "$name" "$path" "$accept"
  result=$(grep '^RESULT' <<<"$out")
  n=$(field requests "$result"); us=$(field duration_us "$result")
  errors=$(( $(field errors_connect "$result") + $(field errors_read "$result") + $(field errors_write "$result") \
    + $(field errors_status "$result") + $(field errors_timeout "$result") ))
  p50=$(ms "$(field p50_us "$result")"); p95=$(ms "$(field p95_us "$result")"); p99=$(ms "$(field p99_us "$result")")
  rps=$(awk -v n="$n" -v us="$us" 'BEGIN {printf "%.1f", n / (us / 1e6)}')
  cpu=$(awk -v t=$((c1 - c0)) -v hz="$CLK_TCK" -v n="$n" 'BEGIN {printf "%.0f", n ? t * 1000 / hz / n : 0}')
  cores=$(awk -v t=$((c1 - c0)) -v hz="$CLK_TCK" -v us="$us" 'BEGIN {printf "%.2f", t / hz / (us / 1e6)}')
  gc=$(awk -v a="$g0" -v b="$g1" -v n="$n" 'BEGIN {printf "%.1f", n ? (b - a) * 1000 / n : 0}')
  others=$(awk -v t=$(( (b1 - b0) - (c1 - c0) )) -v hz="$CLK_TCK" -v us="$us" 'BEGIN {v = t / hz / (us / 1e6); printf "%.2f", v < 0 ? 0 : v}')
  ratio=$(awk -v p="$p95" -v g="$goal" 'BEGIN {printf "%.2f", p / g}')
  cold_s=${COLD[$name]#* }; second_s=${SECOND[$name]#* }
  ROWS+=("$(printf '%-14s %8.0f %8.0f %6s %6s %6s %7s %7s %6s %5s %7s %9s %7s  %-6s' "$name" \
    "$(awk -v s="$cold_s" 'BEGIN {print s * 1000}')" "$(awk -v s="$second_s" 'BEGIN {print s * 1000}')" \
    "$p50" "$p95" "$p99" "$rps" "$cpu" "$gc" "$cores" "$others" "$(( ${BYTES[$name]} / 1024 ))" "$errors" "$la")")
  RATIOS+=("$(printf '%s p95 %s ms = %s of the %s ms goal (%s; %s requests, %d connections, %s s)' "$name" "$p95" \
    "$ratio" "$goal" "$(awk -v r="$ratio" 'BEGIN {print (r < 1 ? "met" : "NOT met")}')" "$n" "$CONNECTIONS" \
    "$SECONDS_PER_RUN")")
done

echo
echo "Dashboard latency (ms; cold = first request after the start, in the order listed; warm = wrk after ${WARM_UP_SECONDS} s of warm-up)"
printf '%-14s %8s %8s %6s %6s %6s %7s %7s %6s %5s %7s %9s %7s  %-6s\n' "" "cold" "2nd" "p50" "p95" "p99" "req/s" \
  "CPU ms" "GC ms" "cores" "others" "body KiB" "errors" "load average (1/5/15 min) before"
printf '%-14s %8s %8s %6s %6s %6s %7s %7s %6s %5s %7s\n' "" "" "" "" "" "" "" "/req" "/req" "" "cores"
for row in "${ROWS[@]}"; do echo "$row"; done
echo
for ratio in "${RATIOS[@]}"; do echo "$ratio"; done
echo "(CPU ms/req and cores: the server process's user + system time during the measured run, from /proc; GC ms/req:"
echo " its collectors' time, from its /metrics (pauses: -XX:+UseSerialGC stops every request meanwhile); others:"
echo " the cores every other process used meanwhile, wrk included (/proc/stat): above $(nproc) minus the server's, the"
echo " server waited for a CPU, and its latencies include that wait; CITAS_BENCH_WAIT_IDLE=<cores> waits for a quieter"
echo " machine before each measurement)"
stop
