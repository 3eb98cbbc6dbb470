#!/usr/bin/env bash
# Micro-benchmark of the GCJ-02 border on the conversion hot path (see Gcj02Bench.java); no service needed.
#   bench/gcj02.sh            (compiles the classes first; about 30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q compile
JTS=$(find ~/.m2/repository/org/locationtech/jts/jts-core -name 'jts-core-*.jar' | sort | tail -1)
java -Xmx2g -cp "target/classes:$JTS" bench/Gcj02Bench.java
