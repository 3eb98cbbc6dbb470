#!/usr/bin/env bash
# Crash safety of the embedded store: start a seed import on a fresh store, kill -9 the JVM while a file's
# transaction is being written, then import again into the same store and check the counts.
#
#   mvn -q package -DskipTests && bench/kill-during-import.sh [seed-dir] [kill-after-step]
#
# kill-after-step: the import is killed once the log shows that step done (e.g. 5 = grids written,
# providers in flight). Exit status 0 when the store opened, the re-import completed and the counts match.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/linli-0.1.0-SNAPSHOT.jar}
SEED=${1:-seed}
STEP=${2:-5}
STORE=$(mktemp -d /tmp/linli-kill-XXXXXX)
LOG=$STORE.log
PORT=${PORT:-18089}
BOLT=${BOLT:-17699}
ARGS=(--linli.neo4j.uri= --linli.neo4j.embedded.store-dir="$STORE" --linli.neo4j.embedded.bolt-port="$BOLT"
      --linli.seed.dir="$SEED" --server.port="$PORT")
trap 'kill -9 ${PID:-0} 2>/dev/null || true' EXIT

echo "store $STORE, seed $SEED; import, kill -9 after step $STEP"
java -jar "$JAR" "${ARGS[@]}" --import-seed >"$LOG" 2>&1 &
PID=$!
until grep -q "seed \[$STEP/" "$LOG"; do
  kill -0 $PID 2>/dev/null || { echo "import ended before step $STEP"; tail -5 "$LOG"; exit 1; }
  sleep 0.2
done
sleep 1
kill -9 $PID; wait $PID 2>/dev/null || true
echo "killed during: $(grep -o 'seed \[[0-9]*/[0-9]*\] [a-z_]*.csv' "$LOG" | tail -1) done, next file in flight"

echo "second import into the same store"
start=$(date +%s)
java -jar "$JAR" "${ARGS[@]}" --import-seed >"$LOG.2" 2>&1 || { echo "re-import FAILED"; tail -20 "$LOG.2"; exit 1; }
grep -E "Embedded Neo4j started|seed \[|Seed import done" "$LOG.2" | sed 's/.*SeedImporter *: //; s/.*EmbeddedNeo4j *: //'
echo "re-import completed in $(( $(date +%s) - start )) s"

echo "counts after a normal start on the same store"
java -jar "$JAR" "${ARGS[@]}" --linli.seed.on-start=false >"$LOG.3" 2>&1 &
PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do sleep 1; done
rows() { echo $(( $(wc -l < "$SEED/$1") - 1 )); }
got=$(curl -s "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"{ place(code: \"511400\") { counts { districts towns communities villages grids providers } } }"}')
echo "graph:    $got"
c=$(echo "$got" | grep -o '"[a-z]*":[0-9]*' | tr -d '"' | tr '\n' ' ')
expect="districts:$(rows districts.csv) towns:$(rows towns.csv) grids:$(rows grids.csv) providers:$(rows providers.csv)"
echo "seed CSV: $expect communities+villages:$(rows communities.csv)"
for kv in $expect; do
  echo " $c " | grep -q " $kv " || { echo "MISMATCH $kv"; exit 1; }
done
cv=$(( $(echo "$c" | grep -o 'communities:[0-9]*' | cut -d: -f2) + $(echo "$c" | grep -o 'villages:[0-9]*' | cut -d: -f2) ))
[ "$cv" -eq "$(rows communities.csv)" ] || { echo "MISMATCH communities+villages $cv"; exit 1; }
echo "OK: the killed store opened, the re-import completed, counts match the seed"
rm -rf "$STORE" "$LOG" "$LOG.2" "$LOG.3"
