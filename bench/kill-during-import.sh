#!/usr/bin/env bash
# Crash safety of the first import. A normal start on a fresh embedded store imports the seed; it is killed with
# kill -9 while a seed file is being written, then started again on the same store. Checked:
#  - while either import runs, GraphQL answers 503 UNAVAILABLE with Retry-After (never partial figures) and readiness is 503;
#  - the restart resumes: the files recorded before the kill are skipped, the others written;
#  - readiness is UP only once the import is recorded DONE, and then the city's counts are those of the seed files.
#
#   ./mvnw -q package -DskipTests && bench/kill-during-import.sh [seed-dir] [kill-after-file] [then-wait-seconds]
#
# kill-after-file: the first start is killed once the log shows that file written (default 3: towns.csv, so
# communities.csv is in flight after then-wait-seconds, default 0.5). PORT and BOLT (default 18300, 18301) are the
# ports, TIMEOUT (default 300 s) bounds the whole run. Exit status 0 when everything holds, 1 otherwise; every
# process it starts is killed and its store removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/linli-0.1.0-SNAPSHOT.jar}
SEED=${1:-seed}
STEP=${2:-3}
WAIT=${3:-0.5}
PORT=${PORT:-18300}
BOLT=${BOLT:-18301}
STORE=$(mktemp -d /tmp/linli-kill-XXXXXX)
LOG=$STORE.log
BODY=$STORE.body
ARGS=(--linli.neo4j.uri= --linli.neo4j.embedded.store-dir="$STORE" --linli.neo4j.embedded.bolt-port="$BOLT"
      --linli.seed.dir="$SEED" --server.port="$PORT")
URL=http://127.0.0.1:$PORT
PID=
cleanup() {
  if [ -n "$PID" ]; then kill -9 "$PID" 2>/dev/null || true; fi
  rm -rf "$STORE" "$LOG" "$LOG.2" "$BODY"
}
trap cleanup EXIT
DEADLINE=$(( $(date +%s) + ${TIMEOUT:-300} ))
fail() { echo "FAIL: $*"; for f in "$LOG" "$LOG.2"; do [ -f "$f" ] && { echo "--- $f"; tail -15 "$f"; }; done; exit 1; }
in_time() { [ "$(date +%s)" -lt "$DEADLINE" ] || fail "not done within ${TIMEOUT:-300} s"; }
alive() { kill -0 "$PID" 2>/dev/null || fail "the service ended: $1"; }
# "<http status> <Retry-After>" of a GraphQL read of the city's figures; the body in $BODY
read_city() {
  curl -s -o "$BODY" -w '%{http_code} %header{retry-after}' "$URL/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ place(code: \"511400\") { counts { districts towns communities villages grids providers } } }"}' || true
}
# remembers a refusal (UNAVAILABLE with Retry-After): the latest that names the import's progress, else the first
refusal() {
  grep -q '"UNAVAILABLE"' "$BODY" || fail "503 without UNAVAILABLE: $(cat "$BODY")"
  if [ -z "$refused" ] || grep -q 'in progress' "$BODY"; then
    refused="HTTP ${1% *}, Retry-After ${1#* }: $(cat "$BODY")"
  fi
}
readiness() { curl -s -o /dev/null -w '%{http_code}' "$URL/actuator/health/readiness" || true; }
log_lines() { grep -E "$2" "$1" | sed -E 's/.*(SeedImporter|SeedOnStartup|EmbeddedNeo4j) *: //'; }

echo "store $STORE, seed $SEED: first start, kill -9 once file $STEP is written (+${WAIT} s)"
java -jar "$JAR" "${ARGS[@]}" >"$LOG" 2>&1 &
PID=$!
refused=
until grep -q "seed \[$STEP/" "$LOG"; do
  alive "before file $STEP was written"; in_time
  answer=$(read_city)
  case "$answer" in
    "503 "[0-9]*) refusal "$answer" ;;
    200*) fail "the first import answered a read: $(cat "$BODY")" ;;
  esac
  sleep 0.2
done
sleep "$WAIT"
kill -9 "$PID"; wait "$PID" 2>/dev/null || true; PID=
[ -n "$refused" ] || fail "no read was refused during the first import"
echo "during the first import a read got: $refused"
echo "killed during the first import; written before the kill:"
log_lines "$LOG" "seed \[" | sed 's/^/  /'

echo "restart on the same store"
java -jar "$JAR" "${ARGS[@]}" >"$LOG.2" 2>&1 &
PID=$!
started=$(date +%s)
down= refused=
while true; do
  alive "before it was ready"; in_time
  ready=$(readiness)
  answer=$(read_city)
  case "$answer" in
    "503 "[0-9]*) refusal "$answer" ;;
    200*) grep -q "Seed import done" "$LOG.2" || fail "a read was answered before the import was done: $(cat "$BODY")" ;;
  esac
  [ "$ready" = 503 ] && down=1
  if [ "$ready" = 200 ]; then
    grep -q "Seed import done" "$LOG.2" || fail "readiness UP before the import was done"
    break
  fi
  sleep 0.2
done
[ -n "$down" ] || fail "readiness was never seen OUT_OF_SERVICE during the resumed import"
[ -n "$refused" ] || fail "no read was refused during the resumed import"
log_lines "$LOG.2" "Embedded Neo4j started|Seed import from|seed \[|Seed import done" | sed 's/^/  /'
echo "during the resumed import readiness was 503 and a read got: $refused"
echo "readiness UP $(( $(date +%s) - started )) s after the restart, after 'Seed import done'"

rows() { echo $(( $(grep -c '' "$SEED/$1") - 1 )); }
read_city >/dev/null
got=$(cat "$BODY")
echo "graph:    $got"
c=$(echo "$got" | grep -o '"[a-z]*":[0-9]*' | tr -d '"' | tr '\n' ' ')
expect="districts:$(rows districts.csv) towns:$(rows towns.csv) grids:$(rows grids.csv) providers:$(rows providers.csv)"
echo "seed CSV: $expect communities+villages:$(rows communities.csv)"
for kv in $expect; do
  echo " $c " | grep -q " $kv " || fail "MISMATCH $kv"
done
cv=$(( $(echo "$c" | grep -o 'communities:[0-9]*' | cut -d: -f2) + $(echo "$c" | grep -o 'villages:[0-9]*' | cut -d: -f2) ))
[ "$cv" -eq "$(rows communities.csv)" ] || fail "MISMATCH communities+villages $cv"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
echo "OK: killed during the first import, the restart completed it, readiness came up only then, counts match the seed"
