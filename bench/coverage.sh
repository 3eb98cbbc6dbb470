#!/usr/bin/env bash
# Coverage latency against a RUNNING service (this script starts nothing): start it first, e.g.
#   ./mvnw spring-boot:run     or        java -jar target/linli-*.jar
# then:  bench/coverage.sh [runs]        (environment: LINLI_URL, PLACE, KIND, RADIUS, WARMUP)
# Times three requests with curl, each over every grid under PLACE (the computation never depends on the page):
#   coverage  GraphQL coverage(place, kind, radius): totals + the first 100 grids with their nearest provider
#   life      GraphQL lifeCircle(place): 7 kinds × 3 radii + the 10 worst grids
#   geojson   GET /map/coverage.geojson: every grid polygon + provider points
# and prints p50 / p99 / max in milliseconds (nearest-rank percentiles) over the runs, after WARMUP untimed runs.
set -euo pipefail

RUNS=${1:-50}
URL=${LINLI_URL:-http://127.0.0.1:8080}
PLACE=${PLACE:-511402}
KIND=${KIND:-ELDERLY_CARE}
RADIUS=${RADIUS:-500}
WARMUP=${WARMUP:-5}

command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
curl -fsS -o /dev/null "$URL/actuator/health" || { echo "no service answers at $URL (start it first)" >&2; exit 1; }

coverage_body=$(printf '{"query":"{ coverage(place: \\"%s\\", kind: %s, radius: %s, first: 100) { totals { grids { total covered percent } population { covered percent } } grids { totalCount edges { node { covered distance grid { code } nearest { name } } } } } }"}' "$PLACE" "$KIND" "$RADIUS")
life_body=$(printf '{"query":"{ lifeCircle(place: \\"%s\\") { cells { kind radius totals { grids { percent } population { percent } } } worstGrids { grid { code } uncoveredCells } } }"}' "$PLACE")
geojson_url="$URL/map/coverage.geojson?place=$PLACE&kind=$KIND&radius=$RADIUS"

post() { curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$1" "$URL/graphql"; }
get() { curl -fsS -o /dev/null -w '%{time_total}\n' "$1"; }

# check the answers once: a GraphQL error must not be timed as a fast answer
for body in "$coverage_body" "$life_body"; do
  if curl -fsS -H 'Content-Type: application/json' -d "$body" "$URL/graphql" | grep -q '"errors"'; then
    echo "the service answered with errors to: $body" >&2; exit 1
  fi
done

measure() { # name, command...
  local name=$1; shift
  local times=()
  for ((i = 1; i <= WARMUP; i++)); do "$@" >/dev/null; done
  for ((i = 1; i <= RUNS; i++)); do
    times+=("$("$@")")
    printf '\r%-8s run %d/%d' "$name" "$i" "$RUNS" >&2
  done
  printf '\r' >&2
  printf '%s\n' "${times[@]}" | sort -g | awk -v name="$name" '
    { t[NR] = $1 * 1000 }
    END {
      p50 = t[int((NR * 50 + 99) / 100)]; p99 = t[int((NR * 99 + 99) / 100)]
      printf "%-8s runs=%d  p50=%.0f ms  p99=%.0f ms  max=%.0f ms\n", name, NR, p50, p99, t[NR]
    }'
}

echo "service $URL, place $PLACE, kind $KIND, radius $RADIUS m, $RUNS runs after $WARMUP warm-up"
measure coverage post "$coverage_body"
measure life post "$life_body"
measure geojson get "$geojson_url"
