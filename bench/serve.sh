#!/usr/bin/env bash
# Starts the packaged service for benchmarks, in the background, and waits until it answers.
#
#   ./mvnw -q package -DskipTests && bench/serve.sh [store dir, default ./data/neo4j] [seed dir, default seed] [--name=value ...]
#
# Further arguments go to the service as Spring properties. Environment: PORT (HTTP, 8080), BOLT (Bolt port of
# the in-process database, 7687), JAR, JAVA_OPTS, PAGE_CACHE, LOG (/tmp/linli-bench.log), PID_FILE
# (/tmp/linli-bench.pid), WAIT (seconds to wait for the service, 600: a first start imports the seed).
# The rate budget is raised so that one loopback client can load the service; the heap is fixed so that
# memory figures are comparable. Stop it with: kill $(cat /tmp/linli-bench.pid)
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-./data/neo4j}
SEED=${2:-seed}
shift $(( $# < 2 ? $# : 2 ))
PORT=${PORT:-8080}
LOG=${LOG:-/tmp/linli-bench.log}
PID_FILE=${PID_FILE:-/tmp/linli-bench.pid}
java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar "${JAR:-target/linli-0.1.0-SNAPSHOT.jar}" --server.port="$PORT" \
  --linli.neo4j.embedded.store-dir="$STORE" --linli.neo4j.embedded.bolt-port="${BOLT:-7687}" --linli.seed.dir="$SEED" \
  --linli.neo4j.embedded.page-cache="${PAGE_CACHE:-512m}" \
  --linli.rate-limit.capacity=1000000000 --linli.rate-limit.refill-per-second=1000000000 "$@" \
  </dev/null >"$LOG" 2>&1 &
echo $! >"$PID_FILE"
deadline=$(( $(date +%s) + ${WAIT:-600} ))
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$(cat "$PID_FILE")" 2>/dev/null || { echo "service failed to start"; tail -20 "$LOG"; exit 1; }
  [ "$(date +%s)" -lt "$deadline" ] || { echo "service not up after ${WAIT:-600} s; stopping it"; kill "$(cat "$PID_FILE")"; tail -20 "$LOG"; exit 1; }
  sleep 1
done
echo "service up: pid $(cat "$PID_FILE"), store $STORE, port $PORT"
