#!/usr/bin/env bash
# Latency of the portal queries (nearby, whereAmI, search) against a running Linli service.
# Usage: bench/portal.sh [base-url] [requests-per-query]     (default http://localhost:8080 and 200; environment: WARMUP)
# Prints, per query, the median, 95th percentile and maximum wall time of one HTTP request, in ms,
# after WARMUP (default 20) warm-up requests. Requests run one after another (no concurrency).
set -euo pipefail
BASE=${1:-http://localhost:8080}
N=${2:-200}
WARMUP=${WARMUP:-20}

declare -A QUERIES=(
  [nearby_1km]='{ nearby(location: {lon: 103.8325, lat: 30.0438, crs: GCJ02}, radius: 1000, first: 20) { totalCount edges { node { distanceMeters provider { name } } } } }'
  [nearby_5km_elderly_openAt]='{ nearby(location: {lon: 103.84, lat: 30.06}, radius: 5000, kinds: [ELDERLY_CARE], openAt: "2025-03-09T10:00", first: 20) { totalCount edges { node { distanceMeters provider { name serviceItems(first: 5) { edges { node { name } } } } } } } }'
  [whereAmI_in_grid]='{ whereAmI(location: {lon: 103.826324, lat: 30.046224}) { exact grid { code } community { name } partyBranch { name } dutyContact { phone } servedBy(first: 10) { totalCount edges { node { distanceMeters provider { name } } } } } }'
  [whereAmI_no_grid]='{ whereAmI(location: {lon: 104.118333, lat: 29.995495}) { exact grid { code } community { name } town { name } district { name } } }'
  [search_chinese]='{ search(text: "老年助餐", first: 20) { totalCount edges { node { score record { ... on ServiceItem { name } ... on Provider { name } } } } } }'
  [search_pinyin]='{ search(text: "dongpo", first: 20) { totalCount edges { node { score record { ... on Provider { name } } } } } }'
  [search_initials_fuzzy]='{ search(text: "dpljzx", first: 20) { totalCount edges { node { score record { ... on Provider { name } } } } } }'
)

body() { jq -n --arg q "$1" '{query: $q}'; }
run() { curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$(body "$1")" "$BASE/graphql"; }

# Each query once first: an error answer must not be timed as a fast one.
for name in "${!QUERIES[@]}"; do
  answer=$(curl -s -H 'Content-Type: application/json' -d "$(body "${QUERIES[$name]}")" "$BASE/graphql")
  case "$answer" in *'"data"'*) ;; *) echo "$name: no data in the answer: $answer" | cut -c1-400 >&2; exit 1;; esac
  case "$answer" in *'"errors"'*) echo "$name answers with errors: $answer" | cut -c1-400 >&2; exit 1;; esac
done

printf '%-28s %8s %8s %8s\n' query p50_ms p95_ms max_ms
for name in $(printf '%s\n' "${!QUERIES[@]}" | sort); do
  q=${QUERIES[$name]}
  for _ in $(seq "$WARMUP"); do run "$q" >/dev/null; done
  for _ in $(seq "$N"); do run "$q"; done | sort -n | awk -v name="$name" '
    { t[NR] = $1 * 1000 }
    END { printf "%-28s %8.1f %8.1f %8.1f\n", name, t[int((NR * 50 + 99) / 100)], t[int((NR * 95 + 99) / 100)], t[NR] }'
done
