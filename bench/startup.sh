#!/usr/bin/env bash
# Start-up and footprint benchmark of the deployable beside a bare Payara Micro (issue #17; prints figures for a
# person to read, not a test).
#   bench/startup.sh [RUNS]   (default 3)
# In one run, RUNS times each, interleaved: the same Payara Micro (distribution/target/payara-micro.jar, copied
# there by the build) with --nocluster serving an empty WAR made here (an index.html only), timed to its first 200;
# citas.jar on an empty data directory (migrations and demo seed included), timed to /health/ready UP; and citas.jar
# again on that directory. Prints the medians and citas.jar's ratio to the bare server (goal <= 1.5x), the resident
# memory of both after 20 s idle, the availability endpoint's latency over 200 sequential requests, and where
# citas.jar's cold start-up goes: milestones and the largest gaps between its log's timestamps.
# Settings: CITAS_BENCH_HEAP (-Xmx512m, both servers), CITAS_BENCH_JAR (distribution/target/citas.jar).
# Only 127.0.0.1 is ever asked; every Java process started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=${CITAS_BENCH_JAR:-distribution/target/citas.jar}
BARE=distribution/target/payara-micro.jar
[ -f "$JAR" ] && [ -f "$BARE" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
command -v jar >/dev/null || { echo "the JDK's jar tool is needed" >&2; exit 1; }
HEAP=${CITAS_BENCH_HEAP:--Xmx512m}
JVM="$HEAP -Djava.security.egd=file:/dev/./urandom"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

mkdir -p "$WORK/empty"
echo '<!DOCTYPE html><title>vacía</title><p>Aplicación vacía de la prueba de arranque.</p>' >"$WORK/empty/index.html"
jar cf "$WORK/empty.war" -C "$WORK/empty" index.html

# start_and_time LOG URL COMMAND...: starts COMMAND in the background, sets PID and READY_MS (time to the first 200
# of URL); no subshell, so PID stays known.
start_and_time() {
  local log=$1 url=$2 t0; shift 2
  t0=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "$url" 2>/dev/null; then
      READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "it exited; its log:" >&2; tail -40 "$log" >&2; return 1; }
    sleep 0.1
  done
  echo "no 200 from $url after 5 minutes" >&2; return 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }
median() {
  tr ' ' '\n' <<<"$*" | sed '/^$/d' | sort -n \
    | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

echo "start-up on $(nproc) cores, heap option $HEAP, $RUNS runs each; load average at start: $(load)"
BARE_MS=() COLD_MS=() WARM_MS=()
for run in $(seq 1 "$RUNS"); do
  start_and_time "$WORK/bare-$run.log" "$BASE/empty/" java $JVM -jar "$BARE" --nocluster --port "$PORT" \
    --deploy "$WORK/empty.war"
  BARE_MS+=("$READY_MS")
  if [ "$run" = "$RUNS" ]; then sleep 20; BARE_RSS=$(rss_mib); fi
  stop
  rm -rf "$WORK/data"
  start_and_time "$WORK/cold-$run.log" "$BASE/health/ready" env CITAS_DATA_DIR="$WORK/data" java $JVM -jar "$JAR" \
    --port "$PORT"
  COLD_MS+=("$READY_MS")
  stop
  start_and_time "$WORK/warm-$run.log" "$BASE/health/ready" env CITAS_DATA_DIR="$WORK/data" java $JVM -jar "$JAR" \
    --port "$PORT"
  WARM_MS+=("$READY_MS")
  printf 'run %d: bare Payara Micro %6d ms, citas.jar cold %6d ms, warm %6d ms; load average %s\n' "$run" \
    "${BARE_MS[-1]}" "${COLD_MS[-1]}" "${WARM_MS[-1]}" "$(load)"
  [ "$run" = "$RUNS" ] || stop
done
offices=$(curl -s "$BASE/api/v1/offices" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
sleep 20
CITAS_RSS=$(rss_mib)
url="$BASE/api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT"
for _ in $(seq 1 20); do curl -s -o /dev/null "$url"; done
times=$(for _ in $(seq 1 200); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
p50=$(echo "$times" | awk 'NR==100 {printf "%.1f", $1*1000}')
p99=$(echo "$times" | awk 'NR==198 {printf "%.1f", $1*1000}')
stop

bare=$(median "${BARE_MS[@]}"); cold=$(median "${COLD_MS[@]}"); warm=$(median "${WARM_MS[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$(ratio "$1" "$bare")" 'BEGIN {print (r <= 1.5 ? "PASS" : "FAIL")}'; }
echo
echo "medians of $RUNS (all runs: bare ${BARE_MS[*]}; cold ${COLD_MS[*]}; warm ${WARM_MS[*]} ms):"
echo "  bare Payara Micro 6.2025.10, empty WAR, --nocluster:  ${bare} ms to its first 200"
echo "  citas.jar, empty data dir (migrate + seed):           ${cold} ms to ready = $(ratio "$cold" "$bare")x bare" \
  "($(verdict "$cold"); goal <= 1.5x)"
echo "  citas.jar, existing data dir:                         ${warm} ms to ready = $(ratio "$warm" "$bare")x bare" \
  "($(verdict "$warm"); goal <= 1.5x)"
echo "  resident memory after 20 s idle:                      citas.jar ${CITAS_RSS} MiB, bare ${BARE_RSS} MiB"
echo "  offices listed: ${offices}; availability, 30 days, sequential: p50 ${p50} ms, p99 ${p99} ms (200 requests)"
echo "load average at the end: $(load)"

# Where the cold start-up goes: the log of the cold run nearest the median, and the bare one beside it.
python3 - "$WORK" "${COLD_MS[*]}" "${BARE_MS[*]}" <<'EOF'
import datetime, re, sys

STAMP = re.compile(r"^\[(\d{4}-\d\d-\d\dT[\d:.]+)[+-]\d{4}\]")
HEAD = re.compile(r"^(\[[^\]]*\] ){5}\[tid: [^\]]*\] \[timeMillis: \d+\] \[levelValue: \d+\] ")
COLOUR = re.compile(r"\x1b\[[0-9;]*m")
MILESTONES = [
    ("runtime unpacked", r"Built Payara Micro Runtime"),
    ("Hazelcast (Data Grid) up", r"Hazelcast Instance Bound to JNDI"),
    ("Payara Micro's own services", r"startup time : Embedded"),
    ("web container (virtual server)", r"Virtual server server loaded default web module"),
    ("CDI (Weld) starts", r"WELD-000900"),
    ("application deployed", r"was successfully deployed in"),
    ("JSF (Mojarra) starts", r"Initializing Mojarra"),
    ("PrimeFaces up", r"Running on PrimeFaces"),
    ("database migrated and seeded", r"Citas INM database ready in"),
    ("Payara Micro ready", r"Payara Micro .* ready in"),
]


def entries(path):
    text = COLOUR.sub("", open(path, encoding="utf-8", errors="replace").read())
    out = []
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        m = STAMP.match(block)
        if m:
            out.append((datetime.datetime.fromisoformat(m.group(1)), " ".join(HEAD.sub("", block).split())))
    return out


def report(label, path, gaps):
    rows = entries(path)
    if not rows:
        print(f"{label}: no timestamps in its log")
        return
    t0 = rows[0][0]
    print(f"{label} ({path.rsplit('/', 1)[-1]}), seconds from its log's first line:")
    for name, pattern in MILESTONES:
        hit = next(((t, msg) for t, msg in rows if re.search(pattern, msg)), None)
        if hit:
            note = ""
            figure = re.search(r"(ready in \d+ ms|deployed in [\d,]+ milliseconds|total\([\d,]+ms\))", hit[1])
            if figure:
                note = f"   ({figure.group(1)})"
            print(f"  {(hit[0] - t0).total_seconds():7.2f}  {name}{note}")
    if gaps:
        print(f"  the {gaps} largest gaps between consecutive log lines (the work done between them):")
        pairs = [((b[0] - a[0]).total_seconds(), a, b) for a, b in zip(rows, rows[1:])]
        for seconds, a, b in sorted(pairs, key=lambda p: -p[0])[:gaps]:
            print(f"  {seconds:6.2f} s at {(a[0] - t0).total_seconds():6.2f}: after \"{a[1][:70]}\"")
            print(f"{'':26}until \"{b[1][:70]}\"")


def nearest_median(times):
    values = [int(v) for v in times.split()]
    middle = sorted(values)[len(values) // 2]
    return min(range(len(values)), key=lambda i: abs(values[i] - middle)) + 1


work = sys.argv[1]
runs = len(sys.argv[2].split())
own = re.compile(r"Citas INM database ready in (\d+) ms")
for kind in ("cold", "warm"):
    figures = []
    for run in range(1, runs + 1):
        hit = own.search(open(f"{work}/{kind}-{run}.log", encoding="utf-8", errors="replace").read())
        figures.append(hit.group(1) if hit else "?")
    print(f"database migrated and seeded, the application's own figure, {kind}: {' '.join(figures)} ms")
report("citas.jar, cold", f"{work}/cold-{nearest_median(sys.argv[2])}.log", 10)
report("bare Payara Micro", f"{work}/bare-{nearest_median(sys.argv[3])}.log", 4)
EOF
