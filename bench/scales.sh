#!/usr/bin/env bash
# The benchmark at several graph sizes: for each "store:seed" pair, start the service on that store (importing
# the seed folder when the store is new), PROFILE the heavy Cypher, run bench/load.sh, stop the service.
#
#   ./mvnw -q package -DskipTests
#   ./mvnw -q test-compile exec:java@generate-seed \
#       -Dexec.args="/tmp/linli-scale-20 seed/reference --scale=20 --grids-per-community=20"
#   java -Xmx8g -jar target/linli-0.1.0-SNAPSHOT.jar --import-seed \
#       --linli.neo4j.embedded.store-dir=/tmp/linli-store-20 --linli.seed.dir=/tmp/linli-scale-20
#   bench/scales.sh [seconds per operation] /tmp/linli-store-base:seed /tmp/linli-store-20:/tmp/linli-scale-20
#
# Environment: as bench/serve.sh (PORT, BOLT, JAR, LOG, PID_FILE, ...) and bench/load.sh (ONLY, WORKLOAD).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=$1; shift
export URL=http://127.0.0.1:${PORT:-8080}
PID_FILE=${PID_FILE:-/tmp/linli-bench.pid}
trap '[ -s "$PID_FILE" ] && kill "$(cat "$PID_FILE")" 2>/dev/null || true' EXIT
for pair in "$@"; do
  store=${pair%%:*}; seed=${pair#*:}
  echo "## store $store (seed $seed): $(du -sh "$store" 2>/dev/null | cut -f1)"
  bench/serve.sh "$store" "$seed" >/dev/null
  bench/profile.sh bench/profile-queries.cypher "bolt://127.0.0.1:${BOLT:-7687}" 2>/dev/null | grep -E "^//|db hits"
  bench/load.sh "$DURATION" 8
  kill "$(cat "$PID_FILE")"; while kill -0 "$(cat "$PID_FILE")" 2>/dev/null; do sleep 1; done
done
