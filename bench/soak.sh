#!/usr/bin/env bash
# Soak: the whole workload in rotation for a long time, sampling the service's memory every 30 s
# (process RSS, and JVM heap used from /actuator/metrics/jvm.memory.used), then the wrk result.
#
#   bench/serve.sh && bench/soak.sh [minutes, default 12] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-12}
CONNECTIONS=${2:-8}
URL=${URL:-http://127.0.0.1:8080}
PID=${PID:-$(cat /tmp/linli-bench.pid)}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
heap() { curl -s "$URL/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E]*' | cut -d: -f2 | awk '{printf "%.0f", $1/1048576}'; }
echo "# $(date -u +%FT%TZ) soak ${MINUTES} min, $CONNECTIONS connections, service pid $PID"
wrk -t2 -c"$CONNECTIONS" -d"${MINUTES}m" --latency -s bench/graphql.lua "$URL" -- bench/workload.tsv >/tmp/linli-soak-wrk.txt &
WRK=$!
echo "elapsed_s rss_mib heap_used_mib"
start=$(date +%s)
while kill -0 $WRK 2>/dev/null; do
  echo "$(( $(date +%s) - start )) $(( $(ps -o rss= -p "$PID") / 1024 )) $(heap)"
  sleep 30
done
grep '^RESULT' /tmp/linli-soak-wrk.txt
