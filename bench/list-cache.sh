#!/usr/bin/env bash
# First page of the needs list: a cache miss (a page size not asked before) vs a hit (the same request again).
# Usage: bench/list-cache.sh [base-url] [rounds<=99]   against a freshly started service (e.g. ./mvnw spring-boot:run).
set -euo pipefail
url=${1:-http://localhost:8080}/graphql
rounds=${2:-50}
post() { curl -s -o /dev/null -w '%{time_total}\n' "$url" -H 'Content-Type: application/json' -d "$1"; }
query() { printf '{"query":"{ needs(within: \\"511402\\", first: %d) { totalCount edges { node { id title status } } } }"}' "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.1f ms\n", a[int((NR+1)/2)] * 1000}'; }
echo "miss (page size 1..$rounds, each new): $(for i in $(seq 1 "$rounds"); do post "$(query "$i")"; done | median)"
echo "hit  (page size 100, repeated):      $(post "$(query 100)" >/dev/null; for i in $(seq 1 "$rounds"); do post "$(query 100)"; done | median)"
curl -s "${url%/graphql}/actuator/metrics/cache.gets?tag=cache:linli.needs" | grep -o '"availableTags".*' | head -c 300; echo
