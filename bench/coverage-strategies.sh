#!/usr/bin/env bash
# Compares coverage strategies straight against a RUNNING service's Neo4j over Bolt (see CoverageStrategies.java).
#   mvn -q -DskipTests package          # once: the driver and JTS are taken from the fat jar
#   bench/coverage-strategies.sh bolt://127.0.0.1:7687 [runs]     (environment: PLACE, KIND, RADIUS, SCALE_GRIDS, SCALE_PROVIDERS)
set -euo pipefail
cd "$(dirname "$0")/.."
URI=${1:-bolt://127.0.0.1:7687}
RUNS=${2:-30}
JAR=$(ls target/linli-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 1; }
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
unzip -q -o -j "$JAR" 'BOOT-INF/lib/neo4j-java-driver-*' 'BOOT-INF/lib/neo4j-bolt-*' 'BOOT-INF/lib/netty-*' \
  'BOOT-INF/lib/reactive-streams-*' 'BOOT-INF/lib/jts-core-*' 'BOOT-INF/lib/slf4j-api-*' -d "$LIB"
java -cp "$LIB/*" bench/CoverageStrategies.java "$URI" "$RUNS"
