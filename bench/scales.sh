#!/usr/bin/env bash
# The benchmark at several graph sizes: for each "store:seed" pair, start the service on that store (importing
# the seed folder when the store is new), PROFILE the heavy Cypher, run bench/load.sh, stop the service.
#
#   mvn -q package -DskipTests
#   mvn -q exec:java -Dexec.mainClass=cn.linli.seed.generate.SeedGenerator \
#       -Dexec.args="/tmp/linli-scale-20 seed/reference --scale=20 --grids-per-community=20"
#   java -Xmx8g -jar target/linli-0.1.0-SNAPSHOT.jar --import-seed \
#       --linli.neo4j.embedded.store-dir=/tmp/linli-store-20 --linli.seed.dir=/tmp/linli-scale-20
#   bench/scales.sh [seconds per operation] /tmp/linli-store-base:seed /tmp/linli-store-20:/tmp/linli-scale-20
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=$1; shift
for pair in "$@"; do
  store=${pair%%:*}; seed=${pair#*:}
  echo "## store $store (seed $seed): $(du -sh "$store" 2>/dev/null | cut -f1)"
  bench/serve.sh "$store" "$seed" >/dev/null
  until grep -qE "Seed import done|Started LinliApplication" "${LOG:-/tmp/linli-bench.log}"; do sleep 1; done
  bench/profile.sh 2>/dev/null | grep -E "^//|db hits"
  bench/load.sh "$DURATION" 8
  kill "$(cat /tmp/linli-bench.pid)"; while kill -0 "$(cat /tmp/linli-bench.pid)" 2>/dev/null; do sleep 1; done
done
