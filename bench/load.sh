#!/usr/bin/env bash
# Load test of a running Linli service on loopback with wrk: every operation of the workload alone, then
# all of them in rotation. Prints requests/s, p50/p99 latency and errors (HTTP errors and GraphQL errors
# in 200 responses) per operation.
#
#   bench/serve.sh                                   # or any running service
#   bench/load.sh [seconds per operation, default 20] [connections, default 8]
#
# Environment: URL (default http://127.0.0.1:8080), WORKLOAD (default bench/workload.tsv), ONLY (one operation),
# PID (the service's process: adds its CPU time per request, user + system from /proc/PID/stat over the run, a
# figure that other load on a shared machine disturbs far less than requests/s).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-8}
URL=${URL:-http://127.0.0.1:8080}
WORKLOAD=${WORKLOAD:-bench/workload.tsv}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
curl -sf "$URL/actuator/health" >/dev/null || { echo "no service at $URL (start one with bench/serve.sh)"; exit 1; }

operations=$(grep -v '^#' "$WORKLOAD" | cut -f1 | grep -v '^$')
[ -n "${ONLY:-}" ] && operations=$ONLY
# One request of each first: a broken operation shows its error instead of a meaningless rate.
for op in $operations; do
  body=$(grep -P "^$op\t" "$WORKLOAD" | cut -f2-)
  answer=$(curl -s "$URL/graphql" -H 'Content-Type: application/json' -d "$body")
  case "$answer" in *'"errors"'*) echo "$op answers with errors: $answer" | cut -c1-400; exit 1;; esac
done

echo "# $(date -u +%FT%TZ) $URL, ${DURATION}s per operation, $CONNECTIONS connections, 2 wrk threads, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-22s %9s %9s %9s %9s %8s%s\n" operation "req/s" "p50 ms" "p99 ms" requests errors "${PID:+ cpu ms/req}"
# CPU time of the service in clock ticks (utime + stime, fields 14 and 15; the name before them holds no spaces).
cpu_ticks() { [ -n "${PID:-}" ] && awk '{ print $14 + $15 }' "/proc/$PID/stat" || echo 0; }
run() {
  local name=$1; shift
  local line before after cpu=
  before=$(cpu_ticks)
  line=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/graphql.lua "$URL" -- "$WORKLOAD" "$@" | grep '^RESULT')
  after=$(cpu_ticks)
  field() { echo "$line" | grep -o " $1=[0-9.]*" | cut -d= -f2; }
  if [ -n "${PID:-}" ]; then
    cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$(field requests)" \
      'BEGIN { printf " %10.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
  fi
  printf "%-22s %9s %9s %9s %9s %8s%s\n" "$name" "$(field rps)" "$(field p50_ms)" "$(field p99_ms)" "$(field requests)" \
    "$(( $(field errors) + $(field transport_errors) ))" "$cpu"
}
for op in $operations; do
  run "$op" "$op"
done
# (an if, not `[ -z ] && run`: as the last command that would make the script exit 1 whenever ONLY is set)
if [ -z "${ONLY:-}" ]; then
  run "all (rotating)"
fi
