#!/usr/bin/env bash
# Sourced by the bench scripts that run a Java file against the database over Bolt (coverage-strategies.sh,
# profile.sh, floor.sh): jar_libs DIR extracts the Neo4j driver, JTS and Jackson (the service's 3.x, with the
# 2.x annotations it uses) from the packaged jar into DIR, so these scripts need nothing but the jar
# (./mvnw -q -DskipTests package) and a JDK.
jar_libs() {
  local jar=${JAR:-target/linli-0.1.0-SNAPSHOT.jar}
  [ -f "$jar" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; return 1; }
  unzip -q -o -j "$jar" 'BOOT-INF/lib/neo4j-java-driver-*' 'BOOT-INF/lib/neo4j-bolt-*' 'BOOT-INF/lib/netty-*' \
    'BOOT-INF/lib/reactive-streams-*' 'BOOT-INF/lib/jts-core-*' 'BOOT-INF/lib/slf4j-api-*' \
    'BOOT-INF/lib/jackson-core-*' 'BOOT-INF/lib/jackson-databind-*' 'BOOT-INF/lib/jackson-annotations-*' -d "$1"
}
