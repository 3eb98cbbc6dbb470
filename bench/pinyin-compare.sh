#!/usr/bin/env bash
# Compares pinyin libraries on hand-checked tricky names and on every name in seed/ (docs/SEARCH.md).
#   bench/pinyin-compare.sh [seed-dir]      (downloads the candidates listed in bench/pinyin/pom.xml once)
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(mktemp)
trap 'rm -f "$CP" "$CP.log"' EXIT
./mvnw -B -ntp -q -f bench/pinyin/pom.xml dependency:build-classpath -Dmdep.outputFile="$CP" >"$CP.log" 2>&1 \
  || { cat "$CP.log" >&2; exit 1; }
java -Xmx1g -cp "$(cat "$CP")" bench/pinyin/PinyinComparison.java "${1:-seed}"
