#!/usr/bin/env bash
# Page N of the HSDS API's lists against page 1: GET /hsds/<list>?page=N&per_page=SIZE, each page named asked
# WARMUP times untimed and ROUNDS times timed. HSDS pages by number; Linli finds the key before page N among the keys
# it keeps per data version and reads the page by an index seek from it (docs/HSDS.md, "Pages").
# Usage: bench/hsds-pages.sh [base-url] [rounds] [page ...]     (default http://localhost:8080, 20, pages 1 10 30)
# Lists: services (service items by id) and organizations (providers by id). Environment: SIZE (per_page, 100),
# WARMUP (untimed requests per page, 3). Prints per list its total_pages, then per page its first record's linli_id,
# the median and 90th percentile of curl's time_total in ms. A page beyond the list's last is named, not timed; an
# answer that is not a page stops the script.
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-20}
shift $(( $# < 2 ? $# : 2 ))
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(1 10 30)
SIZE=${SIZE:-100}
WARMUP=${WARMUP:-3}

page() {
  local answer
  answer=$(curl -s "$BASE/hsds/$1?page=$2&per_page=$SIZE")
  if ! jq -e '.total_pages and (.contents | type == "array")' >/dev/null <<<"$answer"; then
    echo "not an HSDS page: $answer" | cut -c1-400 >&2
    exit 1
  fi
  printf '%s' "$answer"
}
timed() { curl -s -o /dev/null -w '%{time_total}\n' "$BASE/hsds/$1?page=$2&per_page=$SIZE"; }
percentiles() { sort -n | awk '{t[NR]=$1*1000} END {printf "p50 %6.1f ms  p90 %6.1f ms", t[int((NR+1)/2)], t[int(NR*0.9+0.999)]}'; }

for list in services organizations; do
  total=$(page "$list" 1 | jq -r '.total_pages')
  printf '%s, pages of %d: %d pages\n' "$list" "$SIZE" "$total"
  for asked in "${PAGES[@]}"; do
    if [ "$asked" -gt "$total" ]; then
      echo "  page $asked: the list ends at page $total"
      continue
    fi
    first=$(page "$list" "$asked" | jq -r '.contents[0].linli_id')
    for _ in $(seq 1 "$WARMUP"); do timed "$list" "$asked" >/dev/null; done
    printf '  page %4d (first record %s): %s\n' "$asked" "$first" \
      "$(for _ in $(seq 1 "$ROUNDS"); do timed "$list" "$asked"; done | percentiles)"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
