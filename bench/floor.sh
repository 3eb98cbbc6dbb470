#!/usr/bin/env bash
# The service against a floor of our own (bench/Floor.java: each operation of bench/floor-workload.tsv answered by
# one hand-written Cypher query through the driver, no GraphQL). Against a RUNNING service, it starts the floor on
# FLOOR_PORT over the service's Bolt, checks that every operation's floor answer equals the service's (data
# only, key order ignored, lists in order; a difference stops it with the diff), then per operation runs wrk on
# the service and on the floor in turn, ROUNDS times each, and prints one table: req/s, p99 (the median of the
# rounds' p99) and CPU per request of each, and their ratios (service / floor).
#
#   ./mvnw -q -DskipTests package && bench/serve.sh /tmp/linli-store-base seed && bench/floor.sh 10 3
#
# CPU per request counts both processes (the service's /proc/PID/stat and the floor's, utime + stime) over each
# side's runs: the database runs inside the service, so a floor request's Cypher is counted there too. It holds on
# a busy machine, where req/s and p99 move with the neighbours. Read caches off: start the service with
# --linli.cache.expire-after=0s (the line "read-cache hits" shows how many answers came from them).
#
# Arguments: seconds per run (10), rounds (3). Environment: URL (default http://127.0.0.1:8080), BOLT (the
# service's Bolt port, 7687) or BOLT_URI, PID (the service's, default from bench/serve.sh's PID_FILE), FLOOR_PORT
# (8090), CONNECTIONS (10), WARMUP (seconds of untimed load per side and operation first, 5), ONLY (one
# operation), WORKLOAD (bench/floor-workload.tsv), JAR (whose driver and Jackson the floor runs on),
# FLOOR_JAVA_OPTS, FLOOR_LOG (/tmp/linli-floor.log).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
ROUNDS=${2:-3}
URL=${URL:-http://127.0.0.1:8080}
BOLT_URI=${BOLT_URI:-bolt://127.0.0.1:${BOLT:-7687}}
PID=${PID:-$(cat "${PID_FILE:-/tmp/linli-bench.pid}")}
FLOOR_PORT=${FLOOR_PORT:-8090}
FLOOR_URL=http://127.0.0.1:$FLOOR_PORT
CONNECTIONS=${CONNECTIONS:-10}
WARMUP=${WARMUP:-5}
WORKLOAD=${WORKLOAD:-bench/floor-workload.tsv}
FLOOR_LOG=${FLOOR_LOG:-/tmp/linli-floor.log}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
curl -sf "$URL/actuator/health" >/dev/null || { echo "no service at $URL (start one with bench/serve.sh)"; exit 1; }
[ -r "/proc/$PID/stat" ] || { echo "no service process $PID (set PID)"; exit 1; }

LIB=$(mktemp -d)
FLOOR_PID=
trap '[ -n "$FLOOR_PID" ] && kill "$FLOOR_PID" 2>/dev/null; rm -rf "$LIB"' EXIT
source bench/jar-libs.sh
jar_libs "$LIB"
java ${FLOOR_JAVA_OPTS:--Xms512m -Xmx512m} -cp "$LIB/*" bench/Floor.java "$FLOOR_PORT" "$BOLT_URI" "$WORKLOAD" \
  </dev/null >"$FLOOR_LOG" 2>&1 &
FLOOR_PID=$!
until curl -sf "$FLOOR_URL/health" >/dev/null; do
  kill -0 "$FLOOR_PID" 2>/dev/null || { echo "the floor failed to start"; tail -20 "$FLOOR_LOG"; exit 1; }
  sleep 0.5
done

operations=$(grep -v '^#' "$WORKLOAD" | cut -f1 | grep -v '^$')
[ -n "${ONLY:-}" ] && operations=$ONLY
body() { grep -P "^$1\t" "$WORKLOAD" | cut -f2-; }
# The data of an answer, canonical: keys sorted, numbers as numbers (12.0 is 12), lists left in their order.
answer() {
  curl -s "$1/graphql" -H 'Content-Type: application/json' -d "$2" \
    | jq -S 'walk(if type == "number" then . + 0 else . end) | .data'
}
for op in $operations; do
  api=$(answer "$URL" "$(body "$op")")
  floor=$(answer "$FLOOR_URL" "$(body "$op")")
  if [ "$api" = null ] || [ "$api" != "$floor" ]; then
    echo "$op: the floor's answer differs from the service's (< service, > floor):"
    diff <(echo "$api") <(echo "$floor") | head -40 || true
    exit 1
  fi
  echo "$op: same answer ($(echo "$api" | wc -c) bytes)"
done

# CPU time of a process in clock ticks: utime + stime, fields 14 and 15 of /proc/PID/stat (after "pid (name) ")
cpu() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
ticks() { echo $(( $(cpu "$PID") + $(cpu "$FLOOR_PID") )); }
cache_hits() { curl -s "$URL/actuator/metrics/cache.gets?tag=result:hit" | jq '.measurements[0].value // 0 | floor'; }
# wrk with operation $1 on one side ($2) for $3 seconds; prints "requests rps p99_ms errors cpu_ticks"
run() {
  local before line
  before=$(ticks)
  # wrk's default 2 s timeout would count a slow answer as an error and leave it out of the p99
  line=$(wrk -t2 -c"$CONNECTIONS" -d"${3}s" --timeout 30s --latency -s bench/graphql.lua "$2" -- "$WORKLOAD" "$1" \
    | grep '^RESULT')
  field() { echo "$line" | grep -o " $1=[0-9.]*" | cut -d= -f2; }
  echo "$(field requests) $(field rps) $(field p99_ms) $(( $(field errors) + $(field transport_errors) ))" \
    "$(( $(ticks) - before ))"
}

hits_before=$(cache_hits)
echo "# $(date -u +%FT%TZ) service $URL (pid $PID) vs floor $FLOOR_URL (pid $FLOOR_PID) on $BOLT_URI;" \
  "$ROUNDS rounds of ${DURATION}s per side, interleaved, $CONNECTIONS connections, 2 wrk threads; $(nproc) cores;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-22s %9s %9s %6s %8s %8s %6s %8s %8s %6s %7s\n" operation "api req/s" "flr req/s" ratio "api p99" "flr p99" \
  ratio "api cpu" "flr cpu" ratio errors
for op in $operations; do
  if [ "$WARMUP" -gt 0 ]; then
    run "$op" "$URL" "$WARMUP" >/dev/null
    run "$op" "$FLOOR_URL" "$WARMUP" >/dev/null
  fi
  rounds=$(for _ in $(seq "$ROUNDS"); do
    echo "api $(run "$op" "$URL" "$DURATION")"
    echo "floor $(run "$op" "$FLOOR_URL" "$DURATION")"
  done)
  # per side: mean req/s, median p99, CPU ms per request (both processes), errors
  awk -v op="$op" -v hz="$(getconf CLK_TCK)" '
    { n[$1]++; rps[$1] += $3; p99[$1, n[$1]] = $4; errors[$1] += $5; requests[$1] += $2; cpu[$1] += $6 }
    function median(side,   i, j, t, k, v) {
      k = n[side]; for (i = 1; i <= k; i++) v[i] = p99[side, i]
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
    }
    function ms(side) { return requests[side] ? 1000 * cpu[side] / hz / requests[side] : 0 }
    END {
      a = rps["api"] / n["api"]; f = rps["floor"] / n["floor"]; ap = median("api"); fp = median("floor")
      printf "%-22s %9.1f %9.1f %6.2f %8.1f %8.1f %6.2f %8.2f %8.2f %6.2f %3d/%-3d\n", op, a, f, f ? a / f : 0,
        ap, fp, fp ? ap / fp : 0, ms("api"), ms("floor"), ms("floor") ? ms("api") / ms("floor") : 0,
        errors["api"], errors["floor"]
    }' <<<"$rounds"
done
echo "# ratios are service / floor (issue 14's goal: req/s ratio >= 0.75, p99 ratio <= 1.3);" \
  "p99 in ms, cpu in ms per request; errors: service/floor"
echo "# read-cache hits of the service during the runs: $(( $(cache_hits) - hits_before ));" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
