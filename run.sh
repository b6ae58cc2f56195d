#!/usr/bin/env bash
# Runs Nexus Cobrança on the embedded default: a real PostgreSQL under ./data (NEXUS_DATA_DIR moves
# it), every role in one JVM, on port 8080 (SERVER_PORT moves it). Builds the jar first when the
# sources are newer than it.
# --demo: demo mode instead (profile demo): data under ./data-demo, a seeded demo tenant and local
# simulators of Evolution API and Asaas; see README.md.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
JAR=app/target/nexus-app.jar
ARGS=()
for arg in "$@"; do
  if [ "$arg" = "--demo" ]; then
    export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:+$SPRING_PROFILES_ACTIVE,}demo"
  else
    ARGS+=("$arg")
  fi
done
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find . \( -path ./data -o -path ./data-demo -o -path '*/target' \) -prune -o \( -name '*.java' \
      -o -name '*.yml' -o -name '*.sql' -o -name 'pom.xml' \) -newer "$JAR" -print -quit)" ]
}
if stale; then
  mvn -B -q -ntp package -DskipTests
fi
exec java -Daxoniq.update-checker.disabled=true ${JAVA_OPTS:-} -jar "$JAR" ${ARGS[@]+"${ARGS[@]}"}
