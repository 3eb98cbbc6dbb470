#!/usr/bin/env bash
# Page N of a large list against page 1: walks each list with cursors (pageInfo.endCursor) to the deepest page
# asked for, then asks again for every page named, with the cursor that reached it, and times those requests.
# Usage: bench/deep-pages.sh [base-url] [rounds] [page ...]     (default http://localhost:8080, 20, pages 1 50 500)
# Lists: every grid of the graph by code (places(level: GRID): the (level, code) index) and every provider by
# name (providers: no index on name). Environment: SIZE (page size, 100), WARMUP (untimed requests per page, 3).
# Prints per list how far the walk went, then per page its first row, the median and 90th percentile of curl's
# time_total in ms. A list that ends before a page named ends there; an answer with errors stops the script.
# Then the same pages of two lists of the HSDS API by number, as HSDS clients ask (/hsds/services and
# /hsds/organizations?page=N&per_page=SIZE; docs/HSDS.md, "Pages"): no walk, each page asked directly.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(1 50 500)
SIZE=${SIZE:-100}
WARMUP=${WARMUP:-3}
DEEPEST=$(printf '%s\n' "${PAGES[@]}" | sort -n | tail -1)

declare -A LISTS=(
  [grids]="query(\$after: String) { list: places(level: GRID, first: $SIZE, after: \$after) { pageInfo { hasNextPage endCursor } edges { node { row: code } } } }"
  [providers]="query(\$after: String) { list: providers(first: $SIZE, after: \$after) { pageInfo { hasNextPage endCursor } edges { node { row: id } } } }"
)

body() { jq -cn --arg q "$1" --arg after "$2" '{query: $q, variables: {after: (if $after == "" then null else $after end)}}'; }
ask() {
  local answer
  answer=$(curl -s -H 'Content-Type: application/json' -d "$(body "$1" "$2")" "$BASE/graphql")
  if ! jq -e '.data.list and (.errors | not)' >/dev/null <<<"$answer"; then
    echo "an answer with errors or without data: $answer" | cut -c1-400 >&2
    exit 1
  fi
  printf '%s' "$answer"
}
timed() { curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$(body "$1" "$2")" "$BASE/graphql"; }
percentiles() { sort -n | awk '{t[NR]=$1*1000} END {printf "p50 %6.1f ms  p90 %6.1f ms", t[int((NR+1)/2)], t[int(NR*0.9+0.999)]}'; }

for name in grids providers; do
  query=${LISTS[$name]}
  declare -A reaching=() first=()
  cursor=""
  start=$(date +%s.%N)
  page=1
  while :; do
    reaching[$page]=$cursor
    answer=$(ask "$query" "$cursor")
    first[$page]=$(jq -r '.data.list.edges[0].node.row // "-"' <<<"$answer")
    [ "$page" -lt "$DEEPEST" ] && [ "$(jq -r '.data.list.pageInfo.hasNextPage' <<<"$answer")" = true ] || break
    cursor=$(jq -r '.data.list.pageInfo.endCursor' <<<"$answer")
    page=$((page + 1))
  done
  printf '%s, pages of %d: walked to page %d in %.1f s\n' "$name" "$SIZE" "$page" "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')"
  for asked in "${PAGES[@]}"; do
    if [ -z "${reaching[$asked]+set}" ]; then
      echo "  page $asked: the list ends at page $page"
      continue
    fi
    for _ in $(seq 1 "$WARMUP"); do timed "$query" "${reaching[$asked]}" >/dev/null; done
    printf '  page %4d (first row %s): %s\n' "$asked" "${first[$asked]}" \
      "$(for _ in $(seq 1 "$ROUNDS"); do timed "$query" "${reaching[$asked]}"; done | percentiles)"
  done
  unset reaching first
done
hsds() {
  local answer
  answer=$(curl -s "$BASE/hsds/$1?page=$2&per_page=$SIZE")
  if ! jq -e '.total_pages and (.contents | type == "array")' >/dev/null <<<"$answer"; then
    echo "not an HSDS page: $answer" | cut -c1-400 >&2
    exit 1
  fi
  printf '%s' "$answer"
}
for name in services organizations; do
  total=$(hsds "$name" 1 | jq -r '.total_pages')
  printf 'hsds %s, pages of %d: %d pages\n' "$name" "$SIZE" "$total"
  for asked in "${PAGES[@]}"; do
    if [ "$asked" -gt "$total" ]; then
      echo "  page $asked: the list ends at page $total"
      continue
    fi
    url="$BASE/hsds/$name?page=$asked&per_page=$SIZE"
    for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$url"; done
    printf '  page %4d (first row %s): %s\n' "$asked" "$(hsds "$name" "$asked" | jq -r '.contents[0].linli_id')" \
      "$(for _ in $(seq 1 "$ROUNDS"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | percentiles)"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
