#!/usr/bin/env bash
# Full downloads against a RUNNING service (this script starts nothing; bench/serve.sh starts one): every table of
# the /opendata export as NDJSON, both data packages (/opendata and /hsds) and HSDS's services as NDJSON; per
# download the time, the bytes, and the service's resident memory (RSS) just before and at its peak during the
# download (sampled every 50 ms from /proc), then the heap left in use after a full GC (jcmd), which shows whether
# anything of the downloads stays.
#
#   bench/serve.sh && bench/export.sh [runs, default 3]
#
# Environment: URL (default http://127.0.0.1:8080), PID (the service's, default from bench/serve.sh's PID_FILE),
# GZIP=1 to ask for gzip as most clients do.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
URL=${URL:-http://127.0.0.1:8080}
PID=${PID:-$(cat "${PID_FILE:-/tmp/linli-bench.pid}")}
ENCODING=()
[ "${GZIP:-0}" = 1 ] && ENCODING=(-H 'Accept-Encoding: gzip')
curl -fsS -o /dev/null "$URL/actuator/health" || { echo "no service answers at $URL (start it first)" >&2; exit 1; }
rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status"; }
heap_after_gc() {
  jcmd "$PID" GC.run >/dev/null 2>&1 || { echo "?"; return; }
  # G1: "garbage-first heap total ..., used NK"; Parallel: "PSYoungGen ... used NK" and "ParOldGen ... used NK"
  jcmd "$PID" GC.heap_info 2>/dev/null | grep -E '(heap|Gen) +total' | grep -oE 'used [0-9]+K' \
    | awk '{sum += $2} END {print int(sum / 1024)}'
}
DOWNLOADS=(opendata/places.ndjson opendata/providers.ndjson opendata/service_items.ndjson opendata/serves.ndjson
  opendata/resources.ndjson opendata/deployments.ndjson opendata/needs.ndjson opendata/datapackage.zip
  "hsds/services?format=ndjson" hsds/datapackage.zip)
echo "# $(date -u +%FT%TZ) $URL, service pid $PID, $RUNS runs each, gzip ${GZIP:-0}, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# heap used after a full GC before the downloads: $(heap_after_gc) MiB"
printf '%-34s %8s %12s %9s %9s\n' download "p50_ms" bytes rss_mib peak_mib
for path in "${DOWNLOADS[@]}"; do
  times=()
  for _ in $(seq "$RUNS"); do
    before=$(rss)
    peak_file=$(mktemp)
    ( peak=$before; while :; do now=$(rss); (( now > peak )) && peak=$now && echo "$peak" >"$peak_file"; sleep 0.05; done ) &
    sampler=$!
    out=$(curl -fsS "${ENCODING[@]}" -o /dev/null -w '%{time_total} %{size_download}' "$URL/$path")
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    peak=$(cat "$peak_file" 2>/dev/null); peak=${peak:-$before}; rm -f "$peak_file"
    times+=("$(awk '{printf "%.0f", $1 * 1000}' <<<"$out")")
    bytes=$(cut -d' ' -f2 <<<"$out")
  done
  p50=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  printf '%-34s %8s %12s %9s %9s\n' "$path" "$p50" "$bytes" "$before" "$peak"
done
echo "# heap used after a full GC after the downloads: $(heap_after_gc) MiB"
