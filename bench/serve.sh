#!/usr/bin/env bash
# Starts the packaged service for benchmarks, in the background, and waits until it answers.
#
#   mvn -q package -DskipTests && bench/serve.sh [store dir, default ./data/neo4j] [seed dir, default seed]
#
# The rate budget is raised so that one loopback client can load the service; the heap is fixed so that
# memory figures are comparable. Stop it with: kill $(cat /tmp/linli-bench.pid)
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-./data/neo4j}
SEED=${2:-seed}
PORT=${PORT:-8080}
java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar ${JAR:-target/linli-0.1.0-SNAPSHOT.jar} --server.port="$PORT" \
  --linli.neo4j.embedded.store-dir="$STORE" --linli.seed.dir="$SEED" --linli.neo4j.embedded.page-cache="${PAGE_CACHE:-512m}" \
  --linli.rate-limit.capacity=1000000000 --linli.rate-limit.refill-per-second=1000000000 \
  >"${LOG:-/tmp/linli-bench.log}" 2>&1 &
echo $! >/tmp/linli-bench.pid
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 "$(cat /tmp/linli-bench.pid)" 2>/dev/null || { echo "service failed to start"; tail -20 "${LOG:-/tmp/linli-bench.log}"; exit 1; }
  sleep 1
done
echo "service up: pid $(cat /tmp/linli-bench.pid), store $STORE, port $PORT"
