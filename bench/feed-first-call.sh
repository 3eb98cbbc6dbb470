#!/usr/bin/env bash
# The change feed's first call with planning, against a running service: bench/feed-first-call.sh [base-url] [bolt uri] [rounds]
# Each round clears the database's query plans (as a fresh start does), then times the first page of changes twice.
# The driver is taken from the packaged jar, built by: ./mvnw -q -DskipTests package (environment: JAR).
set -euo pipefail
cd "$(dirname "$0")/.."
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
source bench/jar-libs.sh
jar_libs "$LIB"
java -cp "$LIB/*" bench/FeedFirstCall.java "${1:-http://localhost:8080}" "${2:-bolt://127.0.0.1:7687}" "${3:-5}"
