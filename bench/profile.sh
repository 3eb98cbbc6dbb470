#!/usr/bin/env bash
# PROFILE the service's heaviest Cypher against the running database: bench/profile.sh [queries file] [bolt uri]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -s target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "$(cat target/classpath.txt)" bench/Profile.java "${1:-bench/profile-queries.cypher}" "${2:-bolt://127.0.0.1:7687}"
