#!/usr/bin/env bash
# PROFILE the service's heaviest Cypher against the running database: bench/profile.sh [queries file] [bolt uri]
# The driver is taken from the packaged jar, built by: ./mvnw -q -DskipTests package (environment: JAR).
set -euo pipefail
cd "$(dirname "$0")/.."
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
source bench/jar-libs.sh
jar_libs "$LIB"
java -cp "$LIB/*" bench/Profile.java "${1:-bench/profile-queries.cypher}" "${2:-bolt://127.0.0.1:7687}"
