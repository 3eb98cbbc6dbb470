#!/usr/bin/env bash
# Compares coverage strategies straight against a RUNNING service's Neo4j over Bolt (see CoverageStrategies.java).
#   ./mvnw -q -DskipTests package       # once: the driver and JTS are taken from the fat jar
#   bench/coverage-strategies.sh bolt://127.0.0.1:7687 [runs]     (environment: PLACE, KIND, RADIUS, SCALE_GRIDS, SCALE_PROVIDERS, JAR)
set -euo pipefail
cd "$(dirname "$0")/.."
URI=${1:-bolt://127.0.0.1:7687}
RUNS=${2:-30}
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
source bench/jar-libs.sh
jar_libs "$LIB"
java -cp "$LIB/*" bench/CoverageStrategies.java "$URI" "$RUNS"
