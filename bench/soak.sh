#!/usr/bin/env bash
# Soak: the whole workload in rotation for a long time, sampling the service's memory every 30 s
# (process RSS, and JVM heap used from /actuator/metrics/jvm.memory.used), then the wrk result.
#
#   bench/serve.sh && bench/soak.sh [minutes, default 12; or a duration with its unit: 30s, 2h] [connections, default 8]
#
# Environment: URL (default http://127.0.0.1:8080), PID (the service's, default from bench/serve.sh's PID_FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-12}
[[ $DURATION =~ ^[0-9]+$ ]] && DURATION=${DURATION}m
CONNECTIONS=${2:-8}
URL=${URL:-http://127.0.0.1:8080}
PID=${PID:-$(cat "${PID_FILE:-/tmp/linli-bench.pid}")}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
OUT=$(mktemp)
trap 'kill ${WRK:-} 2>/dev/null || true; rm -f "$OUT"' EXIT
heap() { curl -s "$URL/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E]*' | cut -d: -f2 | awk '{printf "%.0f", $1/1048576}'; }
echo "# $(date -u +%FT%TZ) soak $DURATION, $CONNECTIONS connections, service pid $PID"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/graphql.lua "$URL" -- bench/workload.tsv >"$OUT" &
WRK=$!
echo "elapsed_s rss_mib heap_used_mib"
sample() { echo "$1 $(( $(ps -o rss= -p "$PID") / 1024 )) $(heap)"; }
start=$(date +%s)
# the first sample is the start's, labelled 0 even when the clock turns a second before it is taken (a loaded machine)
sample 0
next=30
while kill -0 $WRK 2>/dev/null; do
  elapsed=$(( $(date +%s) - start ))
  if (( elapsed >= next )); then
    sample "$elapsed"
    next=$(( next + 30 ))
  fi
  sleep 1
done
wait $WRK
grep '^RESULT' "$OUT"
